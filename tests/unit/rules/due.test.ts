import { describe, expect, it, vi } from 'vitest';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { dueOn, formatDueItem } from '../../../src/lib/rules/due';
import { evaluate } from '../../../src/lib/rules/evaluate';
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
	});

	it('today lists unknown values and values resting only on S or D, not confirmed ones before their review', () => {
		const due = reasonsOf('2026-12-06');
		expect(due['bostotte.minste_utbetaling@2026-06-01']).toEqual(['unknown']);
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

describe('figures used past their review date', () => {
	const answers = { lanebehov: 1_500_000, antall_voksne: 1, antall_barn: 0 };
	const startlan = (date: string) =>
		evaluate(rules, answers, { date, kommune: '3226' }).schemes.find((s) => s.scheme === 'startlan')!;

	it('a result names the figure, since when it applies and by when it should have been checked', () => {
		expect(startlan('2026-12-06').unconfirmed).toContainEqual({
			param: 'husbanken.flytende_rente',
			validFrom: '2026-07-01',
			reviewBy: '2026-09-01'
		});
		expect(startlan('2026-08-01').unconfirmed?.map((u) => u.param)).not.toContain('husbanken.flytende_rente');
	});
});
