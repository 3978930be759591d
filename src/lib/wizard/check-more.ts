import type { Answers, RuleSet } from '$lib/rules';
import { chosenNeeds, NEEDS_QUESTION } from '$lib/rules/needs';
import { loadSession, saveSession } from './storage';

/**
 * The answers with the schemes' needs added to `behov`, every other answer kept: evaluated again, those schemes
 * are checked too. Answers without `behov` (or with "not sure") already check everything and come back unchanged.
 */
export function answersToCheck(answers: Answers, rules: RuleSet, schemeIds: readonly string[]): Answers {
	const chosen = chosenNeeds(answers);
	if (!chosen) return answers;
	const add = new Set(chosen);
	for (const id of schemeIds)
		for (const v of rules.schemes[id] ?? []) for (const n of v.needs ?? []) add.add(n);
	const order = rules.questionById[NEEDS_QUESTION]?.options?.map((o) => o.value) ?? [];
	const needs = order.filter((n) => add.has(n));
	return needs.length === chosen.length ? answers : { ...answers, [NEEDS_QUESTION]: needs };
}

/**
 * «Sjekk denne også»: saves the session with the schemes' needs added and the journey's place cleared, so that
 * `/<lang>/sporsmal/` continues the journey with the questions those schemes now need (or goes straight to the
 * check page when they need none). Returns the new answers.
 */
export function checkSchemesToo(rules: RuleSet, schemeIds: readonly string[], kommune: string): Answers {
	const { session } = loadSession(rules.version, kommune);
	const answers = answersToCheck(session.answers, rules, schemeIds);
	saveSession({ ...session, answers, current: null });
	return answers;
}
