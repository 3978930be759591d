// The days a date may name (the counselor's «as of» date, a file's or link's date): both ends come from the rules.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { coverageWindow, ruleDates } from '../../../src/lib/rules/dates';
import type { RuleSet } from '../../../src/lib/rules';
import { parseDate } from '../../../src/lib/wizard/parse';

const rules = loadRuleSet('rules', { validate: false });
const { from: COVERAGE_FROM, to: COVERAGE_TO } = coverageWindow();

/** A rule set whose one parameter has the given periods. */
const withPeriods = (...periods: [string, string | null][]) =>
	({
		schemes: {},
		parameters: { p: { values: periods.map(([validFrom, validTo]) => ({ validFrom, validTo })) } }
	}) as unknown as RuleSet;

describe('ruleDates: the days the rules cover, at both ends', () => {
	it('has an upper end even when every version is open-ended: the last day the rule checks cover', () => {
		const dates = ruleDates(rules);
		expect(dates.to).toBe(COVERAGE_TO);
		expect(dates.from).toBe('2024-01-01');
		expect(ruleDates(withPeriods(['2025-01-01', null]))).toEqual({ from: '2025-01-01', to: COVERAGE_TO });
	});

	it('ends earlier when a version ends earlier, and never starts before the checked days', () => {
		expect(ruleDates(withPeriods(['2020-01-01', '2026-06-30']))).toEqual({
			from: COVERAGE_FROM,
			to: '2026-06-30'
		});
	});

	it('9999-12-31 and a year still being typed (0202) are outside; the last covered day is inside', () => {
		const bounds = ruleDates(rules);
		expect(parseDate('9999-12-31', bounds)).toEqual({ ok: false, error: 'dateRange' });
		expect(parseDate('0202-03-11', bounds)).toEqual({ ok: false, error: 'dateRange' });
		expect(parseDate(bounds.to, bounds)).toEqual({ ok: true, value: bounds.to });
	});
});
