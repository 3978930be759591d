// rules/README.md "The yearly update", done on a made-up period in a temporary copy of rules/ and tests/cases/:
// `due`, `coverage` and the cases must each react to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import type { RuleSet } from '../../../src/lib/rules';
import { coverageWindow } from '../../../src/tooling/rules/coverage';
import { checkCoverage } from '../../../src/tooling/rules/check-files';

let root: string;
const rules = () => join(root, 'rules');
const cases = () => join(root, 'cases');
const PARAM = 'parameters/sosialhjelp.veiledende_satser.json';
// Made up for this test: not the 2027 rates (which are not known).
const MADE_UP_2027 = {
	enslig: 8700,
	par: 14500,
	bofellesskap: 7300,
	barn_0_5: 4250,
	barn_6_10: 4350,
	barn_11_17: 5650
};

const due = () => runCli(['due', '--on', '2027-01-01', '--rules', rules()]);
const coverage = () => runCli(['coverage', '--rules', rules(), '--from', '2026-01-01', '--to', '2027-12-31']);
const test_ = () => runCli(['test', '--rules', rules(), '--cases', cases()]);

type Param = { values: Record<string, unknown>[] };
const readParam = (): Param => JSON.parse(readFileSync(join(rules(), PARAM), 'utf8')) as Param;
const writeParam = (p: Param) => writeFileSync(join(rules(), PARAM), JSON.stringify(p, null, 2));

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'yearly-update-'));
	cpSync('rules', rules(), { recursive: true });
	cpSync('tests/cases', cases(), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a yearly update in a temporary copy of the rules', { timeout: 60_000 }, () => {
	it('1. due lists the sosialhjelp rates on 1 January 2027; the copy is otherwise consistent', () => {
		const d = due();
		expect(d.code).toBe(1);
		expect(d.out).toMatch(
			/sosialhjelp\.veiledende_satser {2}2026-01-01\.\. {2}\[review by 2027-01-01 passed/
		);
		expect(coverage().code).toBe(0);
		expect(test_().code).toBe(0);
	});

	it('2. a case for the new period fails until the new value is there', () => {
		const base = JSON.parse(readFileSync(join(cases(), 'startlan/SL-husbankrente-juli-2026.json'), 'utf8'));
		const c = {
			...base,
			id: 'SL-sosialhjelp-2027',
			description: 'Made-up 2027 rates: the norm for one adult',
			date: '2027-02-01',
			expect: { startlan: { values: { sosialhjelpsnorm: MADE_UP_2027.enslig } } },
			source: { ref: 'yearly-update.test.ts (made up)', grade: 'D' }
		};
		delete c.note;
		writeFileSync(join(cases(), 'startlan/SL-sosialhjelp-2027.json'), JSON.stringify(c, null, 2));
		const t = test_();
		expect(t.code).toBe(1);
		expect(t.err).toContain('FAIL');
		expect(t.err).toContain('values.sosialhjelpsnorm: expected 8700, actual 8300');
	});

	it('3. a new period that leaves the old one open overlaps: coverage says so', () => {
		const p = readParam();
		p.values.push({
			validFrom: '2027-01-01',
			validTo: null,
			reviewBy: '2028-01-01',
			reviewCheck: 'Nye satser fra 1.1.2028.',
			value: MADE_UP_2027,
			source: { instrument: 'made up for the test', grade: 'P' }
		});
		writeParam(p);
		const c = coverage();
		expect(c.code).toBe(1);
		expect(c.out).toContain(
			'parameter sosialhjelp.veiledende_satser: 2 versions valid 2027-01-01..2027-12-31'
		);
	});

	it('4. closing the old period: coverage, the cases and due are all satisfied', () => {
		const p = readParam();
		const old = p.values.find((v) => v.validFrom === '2026-01-01')!;
		old.validTo = '2026-12-31';
		writeParam(p);
		expect(coverage().code).toBe(0);
		const t = test_();
		expect(t.err).toBe('');
		expect(t.code).toBe(0);
		const d = due();
		expect(d.out).not.toContain('sosialhjelp.veiledende_satser');
		// the old value stays for back-dated cases, and a date in 2026 still finds it past its review
		expect(runCli(['due', '--on', '2026-12-31', '--rules', rules()]).out).toContain(
			'sosialhjelp.veiledende_satser  2026-01-01..2026-12-31'
		);
	});
});

describe('the covered window moves with the calendar', () => {
	it('runs from the first rules to the end of the year after today, whatever year today is', () => {
		expect(coverageWindow('2026-12-06')).toEqual({ from: '2024-01-01', to: '2027-12-31' });
		expect(coverageWindow('2028-02-29')).toEqual({ from: '2024-01-01', to: '2029-12-31' });
	});

	it('in 2028 a scheme whose last version ended in 2027 is a gap that stops the build', () => {
		const rules = {
			schemes: { bostotte: [{ validFrom: '2024-01-01', validTo: '2027-12-31' }] },
			parameters: {},
			fileOf: new Map()
		} as unknown as RuleSet;
		expect(checkCoverage(rules, coverageWindow('2026-12-06'))).toEqual([]);
		expect(checkCoverage(rules, coverageWindow('2028-01-15')).map((p) => p.message)).toEqual([
			'expected a version of scheme bostotte valid on every day of 2024-01-01..2029-12-31, found none on 2028-01-01..2029-12-31 (731 days)'
		]);
	});
});
