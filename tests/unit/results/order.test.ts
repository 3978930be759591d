import { describe, expect, it } from 'vitest';
import type { SchemeResult } from '$lib/rules';
import { amountHook, countByOutcome, orderResults, promiseRank } from '$lib/results';

function r(
	scheme: string,
	outcome: SchemeResult['outcome'],
	extra: Partial<SchemeResult> = {}
): SchemeResult {
	return {
		scheme,
		version: '2024-01',
		validFrom: '2024-01-01',
		validTo: null,
		decidedBy: 'kommunen',
		outcome,
		criteria: [],
		deciding: [],
		thresholds: [],
		missing: [],
		unknownFacts: [],
		texts: `schemes.${scheme}`,
		...extra
	};
}

const paid = (value: number | null, unit = 'kr/mnd') => ({ amount: { unit, value, steps: [] } });

describe('orderResults: most promising first', () => {
	it('puts a right with an amount first, then rights, assessments, unknowns and not-eligible', () => {
		const input = [
			r('ne', 'not-eligible'),
			r('unk', 'unknown'),
			r('ass', 'assessment'),
			r('elig0', 'eligible', paid(0)),
			r('elig', 'eligible', paid(3603)),
			r('assAmount', 'assessment', paid(2_000_000, 'kr'))
		];
		expect(orderResults(input).shown.map((x) => x.scheme)).toEqual([
			'elig',
			'elig0',
			'assAmount',
			'ass',
			'unk',
			'ne'
		]);
	});

	it('keeps the incoming order among equals (stable)', () => {
		const input = [r('b', 'unknown'), r('a', 'unknown'), r('c', 'unknown')];
		expect(orderResults(input).shown.map((x) => x.scheme)).toEqual(['b', 'a', 'c']);
	});

	it('moves schemes the municipality does not offer to their own list', () => {
		const input = [r('x', 'not-eligible', { excludedByProfile: true }), r('y', 'assessment')];
		const out = orderResults(input);
		expect(out.shown.map((s) => s.scheme)).toEqual(['y']);
		expect(out.excluded.map((s) => s.scheme)).toEqual(['x']);
		expect(promiseRank(input[0]!)).toBeGreaterThan(promiseRank(r('z', 'not-eligible')));
	});

	it('does not treat an unknown amount as a payment', () => {
		expect(promiseRank(r('e', 'eligible', paid(null)))).toBe(promiseRank(r('f', 'eligible')));
	});

	it('counts outcomes, leaving out excluded schemes', () => {
		const counts = countByOutcome([
			r('a', 'eligible'),
			r('b', 'unknown'),
			r('c', 'unknown'),
			r('d', 'not-eligible', { excludedByProfile: true })
		]);
		expect(counts).toEqual({ eligible: 1, assessment: 0, unknown: 2, 'not-eligible': 0 });
	});
});

describe('amountHook', () => {
	it('gives whole kroner per month for kr/mnd and a total for other kroner amounts', () => {
		expect(amountHook(r('bostotte', 'eligible', paid(3602.6)))).toEqual({ monthly: 3603 });
		expect(amountHook(r('startlan', 'assessment', paid(2_345_678.4, 'kr')))).toEqual({ total: 2_345_678 });
	});

	it('gives nothing when not eligible, unknown or not money', () => {
		expect(amountHook(r('bostotte', 'not-eligible', paid(0)))).toEqual({});
		expect(amountHook(r('bostotte', 'eligible', paid(null)))).toEqual({});
		expect(amountHook(r('x', 'eligible', paid(0.5, 'andel')))).toEqual({});
	});
});
