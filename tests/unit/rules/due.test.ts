import { describe, expect, it, vi } from 'vitest';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { readFileSync } from 'node:fs';
import { dueDoubt, dueOn, formatDueItem, type FigureDoubt } from '../../../src/lib/rules/due';
import type { Answers } from '../../../src/lib/rules/schema';
import { evaluate, type EvaluateOptions } from '../../../src/lib/rules/evaluate';
import { doubtsThatMove } from '../../../src/lib/rules/doubts';
import { main } from '../../../src/tooling/rules/cli';
import { buildRuleSet } from '../../../src/lib/rules/ruleset';

const rules = loadRuleSet('rules');
const reasonsOf = (date: string) =>
	Object.fromEntries(dueOn(rules, date).map((i) => [`${i.id}@${i.validFrom}`, i.reasons]));

function cli(args: string[]) {
	let out = '';
	const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
	const e = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
	try {
		return { code: main(args), out };
	} finally {
		o.mockRestore();
		e.mockRestore();
	}
}

describe('due: what a maintainer must check', () => {
	it('on 1 January 2027 lists the sosialhjelp rates, the policy rate and Husbanken’s rate as past review', () => {
		const due = reasonsOf('2027-01-01');
		expect(due['sosialhjelp.veiledende_satser@2026-01-01']).toEqual(['review', 'grade']);
		expect(due['norges_bank.styringsrente@2025-09-19']).toEqual(['review']);
		expect(due['husbanken.flytende_rente@2026-07-01']).toEqual(['review', 'grade']);
		// the bostøtte figures confirmed by Husbanken's own page are due only for their review, not for their grade
		expect(due['bostotte.boutgiftstak@2026-06-01']).toEqual(['review']);
		expect(due['bostotte.minste_utbetaling@2026-06-01']).toEqual(['review']);
	});

	it('names the 2027 ceilings proposal as what to check first, never as an adopted figure', () => {
		const item = dueOn(rules, '2027-01-01').find((i) => i.id === 'bostotte.boutgiftstak');
		expect(item?.todo).toMatch(/^Sjekk først Prop\. 1 S \(2026–2027\)/);
		expect(item?.todo).toContain('ikke kjent vedtatt');
		expect(rules.parameters['bostotte.boutgiftstak']!.values.at(-1)!.validFrom).toBe('2026-06-01');
	});

	it('today lists unknown values and values resting only on S or D, not confirmed ones before their review', () => {
		const due = reasonsOf('2026-12-06');
		// Husbanken's own page gives 63 kr from June 2026: neither unknown nor secondary any more
		expect(due['bostotte.minste_utbetaling@2026-06-01']).toBeUndefined();
		expect(due['bostotte.vekt_barn@2026-06-01']).toBeUndefined();
		expect(due['bostotte.inntekt_18_19_holdes_utenfor@2026-06-01']).toBeUndefined();
		expect(due['sosialhjelp.veiledende_satser@2026-01-01']).toEqual(['grade']);
		expect(due['norges_bank.styringsrente@2025-09-19']).toEqual(['review']);
		expect(due['bostotte.boutgiftstak@2026-06-01']).toBeUndefined();
		expect(due['startlan.stresstillegg@2024-01-01']).toBeUndefined();
		// only values in force on the date: last year's unknown husbanken rate is history
		expect(due['husbanken.flytende_rente@2024-09-01']).toBeUndefined();
	});

	it('prints one line per item with file, id, period and what to do', () => {
		const item = dueOn(rules, '2027-01-01').find((i) => i.id === 'sosialhjelp.veiledende_satser')!;
		const line = formatDueItem(item);
		expect(line).toContain('rules/parameters/sosialhjelp.veiledende_satser.json');
		expect(line).toContain('2026-01-01..');
		expect(line).toContain('review by 2027-01-01 passed, grade S only');
		expect(line).toContain('2027-01-01');
	});

	it('lists scheme versions past their review date', () => {
		const files = {
			'rules/schemes/x/1.json': {
				id: 'x',
				version: '1',
				validFrom: '2024-01-01',
				validTo: null,
				reviewBy: '2026-01-01',
				reviewCheck: 'read the circular',
				decidedBy: 'nav',
				onAllMet: 'assessment',
				requiresProfile: null,
				values: {},
				criteria: [],
				thresholds: [],
				texts: 'schemes.x'
			}
		};
		const rs = buildRuleSet(files);
		expect(dueOn(rs, '2025-12-31')).toEqual([]);
		expect(dueOn(rs, '2026-01-01')).toMatchObject([
			{ kind: 'scheme', id: 'x@1', reasons: ['review'], todo: 'read the circular' }
		]);
	});

	it('the CLI exits 1 when anything is due and --json gives the same items', () => {
		const text = cli(['due', '--on', '2027-01-01']);
		expect(text.code).toBe(1);
		expect(text.out).toMatch(/due 2027-01-01: \d+ item\(s\)/);
		const json = cli(['due', '--json', '--on', '2027-01-01']);
		expect(json.code).toBe(1);
		const parsed = JSON.parse(json.out) as { date: string; due: { id: string }[] };
		expect(parsed.date).toBe('2027-01-01');
		expect(parsed.due.map((i) => i.id)).toEqual(dueOn(rules, '2027-01-01').map((i) => i.id));
		expect(cli(['due', '--on', '2027-13-01']).code).toBe(2);
	});
});

describe('figures in doubt that move a result', () => {
	const caseOf = (file: string) =>
		JSON.parse(readFileSync(`tests/cases/${file}.json`, 'utf8')) as { answers: Answers };
	const doubts = (file: string, date: string, scheme: string, opts: Pick<EvaluateOptions, 'doubts'> = {}) =>
		evaluate(rules, caseOf(file).answers, {
			date,
			kommune: '3226',
			doubts: doubtsThatMove,
			...opts
		}).schemes.find((s) => s.scheme === scheme)!.doubts ?? [];
	const params = (ds: FigureDoubt[]) => ds.map((d) => `${d.param}:${d.reason}`).sort();

	it('a single renter on 2026-12-06: only the egenandel figures that rest on a secondary source, not the confirmed ones', () => {
		expect(params(doubts('bostotte/TC-B1', '2026-12-06', 'bostotte'))).toEqual([
			'bostotte.egenandel_minimum:secondary',
			'bostotte.egenandel_sats1:secondary',
			'bostotte.egenandel_t1:secondary'
		]);
	});

	it('an owner with heating outside the rent also depends on the secondary operating and heating allowances', () => {
		const owner = params(doubts('bostotte/TC-B8', '2026-12-06', 'bostotte'));
		expect(owner).toContain('bostotte.driftsutgifter:secondary');
		expect(owner).toContain('bostotte.oppvarming:secondary');
		expect(owner).not.toContain('bostotte.formue_fribelop_leier:secondary');
	});

	it('on 1 January 2027 the carried-over bostøtte figures are past review; the minimum payout only where it decides', () => {
		const renter = doubts('bostotte/TC-B1', '2027-01-01', 'bostotte');
		expect(renter).toContainEqual({
			param: 'bostotte.boutgiftstak',
			reason: 'review',
			validFrom: '2026-06-01',
			reviewBy: '2027-01-01'
		});
		expect(params(renter)).not.toContain('bostotte.minste_utbetaling:review');
		expect(params(renter)).not.toContain('bostotte.vekt_annen_voksen:review');
		expect(params(doubts('bostotte/MIN-2026-12-63', '2027-01-01', 'bostotte'))).toContain(
			'bostotte.minste_utbetaling:review'
		);
	});

	it('startlån names the policy rate past its review, not Husbanken’s rate that nothing shown depends on', () => {
		const ds = doubts('startlan/SL-husbankrente-juli-2026', '2026-12-06', 'startlan');
		expect(ds).toContainEqual({
			param: 'norges_bank.styringsrente',
			reason: 'review',
			validFrom: '2025-09-19',
			reviewBy: '2026-03-01'
		});
		expect(params(ds)).not.toContain('husbanken.flytende_rente:review');
		expect(
			doubts('startlan/SL-husbankrente-juli-2026', '2026-02-01', 'startlan').map((d) => d.param)
		).not.toContain('norges_bank.styringsrente');
	});

	it('a value not found for the date is named as unknown; without `doubts` nothing is worked out', () => {
		expect(params(doubts('bostotte/DATE-2026-05-ukjent', '2026-05-15', 'bostotte'))).toContain(
			'bostotte.egenandel_t1:unknown'
		);
		expect(doubts('bostotte/TC-B1', '2027-01-01', 'bostotte', { doubts: undefined })).toEqual([]);
	});

	it('on 1 January 2027 every figure a result names is due with the same period and reason', () => {
		const due = dueOn(rules, '2027-01-01');
		const named = [
			...doubts('bostotte/TC-B1', '2027-01-01', 'bostotte'),
			...doubts('bostotte/MIN-2026-12-63', '2027-01-01', 'bostotte'),
			...doubts('startlan/SL-husbankrente-juli-2026', '2027-01-01', 'startlan')
		];
		expect(named.length).toBeGreaterThan(5);
		for (const d of named) {
			const item = due.find((i) => i.id === d.param && i.validFrom === d.validFrom);
			expect(item && dueDoubt(item), d.param).toEqual(d);
		}
	});

	it('the counselor page words a due figure as the doubt a result would name', () => {
		const item = dueOn(rules, '2026-12-06').find((i) => i.id === 'norges_bank.styringsrente')!;
		expect(dueDoubt(item)).toEqual(
			doubts('startlan/SL-husbankrente-juli-2026', '2026-12-06', 'startlan').find((d) => d.param === item.id)
		);
		const kommuner = dueOn(rules, '2027-01-01').find((i) => i.kind === 'kommuner')!;
		expect(dueDoubt(kommuner)).toBeNull();
	});
});
