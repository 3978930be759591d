// "What do you need help with?" The `behov` answer limits which schemes the journey checks; which needs a scheme
// serves is data in its file (`needs`). No answer, "not sure", or a counselor's `checkAll`: every scheme is checked.
import type { Answers, SchemeVersion } from './schema';
import type { RuleSet } from './ruleset';

export const NEEDS_QUESTION = 'behov';
export const CHECK_EVERYTHING = 'usikker';

/** The needs that limit which schemes are checked, or undefined when every scheme is checked. */
export function chosenNeeds(answers: Answers, checkAll?: boolean): readonly string[] | undefined {
	if (checkAll || !Object.hasOwn(answers, NEEDS_QUESTION)) return undefined;
	const v = answers[NEEDS_QUESTION];
	return Array.isArray(v) && v.length && !v.includes(CHECK_EVERYTHING) ? v : undefined;
}

/** Whether a scheme serves one of the chosen needs (a scheme that names no needs serves every one). */
export function servesNeeds(
	def: Pick<SchemeVersion, 'needs'>,
	needs: readonly string[] | undefined
): boolean {
	return !needs || !def.needs || def.needs.some((n) => needs.includes(n));
}

/** The journey asks for needs when the catalogue has the question and nobody asked to check everything. */
export function asksNeeds(rules: RuleSet, checkAll?: boolean): boolean {
	return !checkAll && Object.hasOwn(rules.questionById, NEEDS_QUESTION);
}
