import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../src/lib/rules/evaluate';
import { findThresholds } from '../../../src/lib/rules/thresholds';
import { nextQuestions, relevantQuestions } from '../../../src/lib/rules/relevance';
import type { Answers } from '../../../src/lib/rules/schema';
import { AH, fixture } from './helpers';
import { answersArbitrary, bostotteAnswers } from './arbitraries';

const rules = fixture();
const RUNS = 300;
const OUTCOMES = ['eligible', 'not-eligible', 'assessment', 'unknown'];
const kommune = fc.constantFrom('3226', '0301', '5001');
const date = fc.constantFrom('2025-06-01', '2026-05-31', '2026-06-01', '2026-11-26');
const amountOf = (a: Answers, opts = AH) =>
	evaluate(rules, a, opts).schemes.find((s) => s.scheme === 'bostotte')!.amount!.value!;
const summary = (a: Answers, opts: typeof AH) =>
	evaluate(rules, a, opts).schemes.map((s) => `${s.scheme}:${s.outcome}:${s.amount?.value ?? '-'}`);

describe('properties over random answer sets (fixture rule set)', () => {
	it('never throws; outcomes valid; amounts ≥ 0 or null; missing only unanswered questions', () => {
		fc.assert(
			fc.property(answersArbitrary(rules), kommune, date, (a, k, d) => {
				for (const s of evaluate(rules, a, { date: d, kommune: k, thresholds: findThresholds }).schemes) {
					expect(OUTCOMES).toContain(s.outcome);
					if (s.amount && s.amount.value !== null) expect(s.amount.value).toBeGreaterThanOrEqual(0);
					if (s.outcome === 'not-eligible' && s.amount) expect(s.amount.value).toBe(0);
					for (const q of s.missing) expect(a[q]).toBeUndefined();
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it('bostøtte never rises when income rises', () => {
		fc.assert(
			fc.property(
				bostotteAnswers,
				fc.integer({ min: 0, max: 60000 }),
				fc.integer({ min: 1, max: 20000 }),
				(a, i, d) => {
					expect(amountOf({ ...a, inntekt_maned: i + d })).toBeLessThanOrEqual(
						amountOf({ ...a, inntekt_maned: i })
					);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('bostøtte never falls when rent rises (and stops rising at the ceiling)', () => {
		fc.assert(
			fc.property(
				bostotteAnswers,
				fc.integer({ min: 0, max: 30000 }),
				fc.integer({ min: 1, max: 20000 }),
				(a, r, d) => {
					const lo = amountOf({ ...a, husleie_maned: r });
					const hi = amountOf({ ...a, husleie_maned: r + d });
					expect(hi).toBeGreaterThanOrEqual(lo);
					if (r * 12 >= 150385 + 27982) expect(hi).toBe(lo);
				}
			),
			{ numRuns: RUNS }
		);
	});

	it('questions outside relevantQuestions cannot change any outcome or amount', () => {
		fc.assert(
			fc.property(answersArbitrary(rules), answersArbitrary(rules), kommune, (a, other, k) => {
				const opts = { date: AH.date, kommune: k };
				const relevant = new Set(relevantQuestions(rules, a, opts));
				const next = new Set(nextQuestions(rules, a, opts));
				for (const q of next) expect(relevant.has(q)).toBe(true);
				const before = summary(a, opts);
				for (const [q, v] of Object.entries(other)) {
					if (relevant.has(q) || a[q] === v) continue;
					expect(summary({ ...a, [q]: v }, opts), `changing ${q}`).toEqual(before);
				}
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('soundness of unknown tracking', () => {
	const key = (s: { outcome: string; amount?: { value: number | null } }) =>
		`${s.outcome}:${s.amount?.value ?? '-'}`;

	it('a known outcome or amount never changes when more questions are answered (amounts may drop to 0 by a failed gate)', () => {
		fc.assert(
			fc.property(answersArbitrary(rules), answersArbitrary(rules), kommune, (a, more, k) => {
				const opts = { date: AH.date, kommune: k };
				const before = evaluate(rules, a, opts).schemes;
				const after = evaluate(rules, { ...more, ...a }, opts).schemes;
				before.forEach((s, i) => {
					const t = after[i]!;
					if (s.outcome !== 'unknown') expect(t.outcome).toBe(s.outcome);
					// A provisional amount (outcome still unknown) may only drop to 0 by a failed criterion.
					if (s.amount && s.amount.value !== null && t.outcome !== 'not-eligible')
						expect(t.amount?.value).toBe(s.amount.value);
				});
			}),
			{ numRuns: RUNS }
		);
	});

	it('answering questions outside a scheme’s missing set changes neither its outcome nor its amount', () => {
		fc.assert(
			fc.property(answersArbitrary(rules), answersArbitrary(rules), kommune, (a, more, k) => {
				const opts = { date: AH.date, kommune: k };
				const before = evaluate(rules, a, opts).schemes;
				before.forEach((s, i) => {
					const extra = Object.fromEntries(Object.entries(more).filter(([q]) => !s.missing.includes(q)));
					const t = evaluate(rules, { ...extra, ...a }, opts).schemes[i]!;
					expect(key(t)).toBe(key(s));
				});
			}),
			{ numRuns: RUNS }
		);
	});

	it('the income threshold is where the payout stops', () => {
		fc.assert(
			fc.property(bostotteAnswers, (a) => {
				const opts = { ...AH, thresholds: findThresholds };
				const t = evaluate(rules, a, opts).schemes.find((s) => s.scheme === 'bostotte')!.thresholds[0];
				if (!t) return;
				expect(t.direction).toBe('below');
				expect(amountOf({ ...a, inntekt_maned: t.value - 1 })).toBeGreaterThan(0);
				expect(amountOf({ ...a, inntekt_maned: t.value + 1 })).toBe(0);
			}),
			{ numRuns: 100 }
		);
	});
});
