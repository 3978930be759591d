import { it, expect } from 'vitest';
import fc from 'fast-check';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { evaluate } from '../../../src/lib/rules/evaluate';
import { nextQuestions, questionMatters, relevantQuestions } from '../../../src/lib/rules/relevance';
import { answersArbitrary } from './arbitraries';
const rules = loadRuleSet('rules');
// The real files (another engineer's) as a second, larger rule set for the engine's own properties.
const summary = (a: never, opts: { date: string; kommune: string }) =>
	evaluate(rules, a, opts).schemes.map(
		(s) => `${s.scheme}:${s.outcome}:${s.amount?.value ?? '-'}:${s.error ?? ''}`
	);
it('real rule set: no rule errors, and questions outside relevantQuestions cannot change any result', () => {
	fc.assert(
		fc.property(
			answersArbitrary(rules),
			answersArbitrary(rules),
			fc.constantFrom('3226', '0000'),
			(a, other, k) => {
				const opts = { date: '2026-11-26', kommune: k };
				const relevant = new Set(relevantQuestions(rules, a, opts));
				for (const q of nextQuestions(rules, a, opts)) expect(relevant.has(q)).toBe(true);
				const before = summary(a as never, opts);
				for (const s of before) expect(s).not.toMatch(/:[^:]+$/);
				for (const [q, v] of Object.entries(other)) {
					if (relevant.has(q) || a[q] === v) continue;
					expect(summary({ ...a, [q]: v } as never, opts), `changing ${q} to ${JSON.stringify(v)}`).toEqual(
						before
					);
				}
			}
		),
		{ numRuns: 200 }
	);
});

it('real rule set: known outcomes stay known, and answers outside `missing` change nothing', () => {
	const key = (s: { outcome: string; amount?: { value: number | null } }) =>
		`${s.outcome}:${s.amount?.value ?? '-'}`;
	fc.assert(
		fc.property(answersArbitrary(rules), answersArbitrary(rules), (a, moreWithNeeds) => {
			const opts = { date: '2026-11-26', kommune: '3226' };
			// `behov` chooses which schemes are checked (tested in needs.test.ts); here the needs stay as `a` has them
			const { behov: _, ...more } = moreWithNeeds;
			const before = evaluate(rules, a, opts).schemes;
			const after = evaluate(rules, { ...more, ...a }, opts).schemes;
			before.forEach((s, i) => {
				if (s.outcome !== 'unknown') expect(after[i]!.outcome).toBe(s.outcome);
				const extra = Object.fromEntries(Object.entries(more).filter(([q]) => !s.missing.includes(q)));
				expect(key(evaluate(rules, { ...extra, ...a }, opts).schemes[i]!)).toBe(key(s));
			});
		}),
		{ numRuns: 200 }
	);
});

it('real rule set: questionMatters answers for one question exactly what relevantQuestions lists', () => {
	const ids = [...rules.questions.map((q) => q.id), 'no_such_question'];
	fc.assert(
		fc.property(answersArbitrary(rules), fc.constantFrom('3226', '0000'), (a, k) => {
			const opts = { date: '2026-11-26', kommune: k };
			const relevant = new Set(relevantQuestions(rules, a, opts));
			const next = nextQuestions(rules, a, opts);
			const matters = ids.filter((id) => questionMatters(rules, a, opts, next, id));
			expect(new Set(matters)).toEqual(relevant);
		}),
		{ numRuns: 200 }
	);
});
