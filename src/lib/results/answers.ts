import { checkAnswer, type Answers, type RuleSet } from '$lib/rules';

/**
 * The answers the engine can use: known questions with valid values. A session edited by hand, saved under older
 * rules or loaded from a link may hold others; they are left out (and reported) rather than breaking the page.
 */
export function usableAnswers(
	rules: Pick<RuleSet, 'questionById'>,
	answers: Record<string, unknown>
): { answers: Answers; dropped: string[] } {
	const out: Answers = {};
	const dropped: string[] = [];
	for (const [id, value] of Object.entries(answers)) {
		const q = Object.hasOwn(rules.questionById, id) ? rules.questionById[id] : undefined;
		if (q && checkAnswer(q, value) === undefined) out[id] = value as Answers[string];
		else dropped.push(id);
	}
	return { answers: out, dropped };
}

/** The evaluation date: the session's (a counselor's choice) when it is a real ISO date, else `fallback`. */
export function evaluationDate(date: unknown, fallback: string): string {
	return typeof date === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(date) &&
		!Number.isNaN(Date.parse(`${date}T00:00:00Z`))
		? date
		: fallback;
}
