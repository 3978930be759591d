import fc from 'fast-check';
import type { RuleSet } from '../../../src/lib/rules/ruleset';
import type { AnswerValue, Answers, Question } from '../../../src/lib/rules/schema';

export function answerArbitrary(q: Question): fc.Arbitrary<AnswerValue> {
	const opts = (q.options ?? []).map((o) => o.value);
	switch (q.type) {
		case 'yesno':
			return fc.boolean();
		case 'choice':
			return fc.constantFrom(...opts);
		case 'multi':
			return fc.subarray(opts);
		case 'integer':
			return fc.integer({ min: q.min ?? 0, max: Math.min(q.max ?? 100, 100) });
		case 'amount':
			return fc.oneof(fc.integer({ min: 0, max: 80000 }), fc.integer({ min: 0, max: q.max ?? 10_000_000 }));
		case 'date':
			return fc.constantFrom('2026-01-01', '2026-12-31');
	}
}

/** Random partial answer sets over the whole catalogue. */
export const answersArbitrary = (rules: RuleSet): fc.Arbitrary<Answers> =>
	fc.record(Object.fromEntries(rules.questions.map((q) => [q.id, answerArbitrary(q)])), {
		requiredKeys: []
	}) as fc.Arbitrary<Answers>;

/** Complete bostøtte answers where the gates pass (so amounts are numbers). */
export const bostotteAnswers: fc.Arbitrary<Answers> = fc.record({
	alder: fc.integer({ min: 18, max: 100 }),
	student: fc.constant(false),
	antall_voksne: fc.integer({ min: 1, max: 4 }),
	antall_barn: fc.integer({ min: 0, max: 5 }),
	boform: fc.constantFrom('leier', 'eier'),
	oppvarming_inkludert: fc.boolean(),
	ung_ufor: fc.boolean(),
	husleie_maned: fc.integer({ min: 0, max: 30000 }),
	inntekt_maned: fc.integer({ min: 0, max: 80000 }),
	bostotte_kommunegruppe: fc.constantFrom('1', '2', '3', '4')
});
