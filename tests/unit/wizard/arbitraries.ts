import fc from 'fast-check';
import type { AnswerValue, Question } from '../../../src/lib/rules';

/** Any answer a question accepts: the households the property tests walk. */
export function answerArb(q: Question): fc.Arbitrary<AnswerValue> {
	switch (q.type) {
		case 'yesno':
			return fc.boolean();
		case 'choice':
			return fc.constantFrom(...q.options!.map((o) => o.value));
		case 'multi':
			return fc.subarray(
				q.options!.map((o) => o.value),
				{ minLength: 1 }
			);
		case 'integer':
			return fc.integer({ min: q.min ?? 0, max: Math.min(q.max ?? 100, 3_000_000) });
		case 'amount':
			return fc.integer({ min: 0, max: 60_000 });
		case 'date':
			return fc.constant('2026-01-01');
	}
}

/** A household that answers every question of the catalogue. */
export const anyHousehold = (questions: Question[]) =>
	fc.record(Object.fromEntries(questions.map((q) => [q.id, answerArb(q)])));
