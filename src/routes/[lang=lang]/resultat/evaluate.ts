// The results page's evaluation: a share link (`#svar=…`) is loaded into the session, then the answers evaluated.
import { readShareLink } from '$lib/handover/read-link';
import { evaluate, type EvaluationResult, type KommuneProfile, type RuleSet } from '$lib/rules';
import { doubtsThatMove } from '$lib/rules/doubts';
import { findThresholds } from '$lib/rules/thresholds';
import { profileFor, sessionKommune } from '$lib/rules/kommuner';
import { engineFor } from '$lib/rules/engine';
import { ruleSet } from '$lib/rules/bundled';
import { evaluationDate, usableAnswers } from '$lib/results/answers';
import { todayInNorway } from '$lib/results/date';
import { loadSession } from '$lib/wizard/storage';

export type Outcome =
	| { status: 'empty' }
	| { status: 'error' }
	| {
			status: 'ready';
			evaluation: EvaluationResult;
			rulesChanged: boolean;
			rules: RuleSet;
			/** The municipality's profile: its own, or derived from the list (the national build). */
			profile: KommuneProfile;
	  };

/** Reads the answers (the session, with a share link in the address loaded into it) and evaluates them. */
export function evaluateSession(): Outcome {
	try {
		readShareLink();
		const { session, rulesChanged } = loadSession(ruleSet.version, __KOMMUNE__);
		const { answers, dropped } = usableAnswers(ruleSet, session.answers);
		if (dropped.length) console.warn('Boligsjekk: left out answers the rules cannot use:', dropped);
		if (Object.keys(answers).length === 0) return { status: 'empty' };
		const kommune = sessionKommune(ruleSet, __KOMMUNE__, { kommune: session.kommune, answers });
		const evaluation = evaluate(ruleSet, answers, {
			date: evaluationDate(session.date, todayInNorway()),
			kommune,
			thresholds: findThresholds,
			doubts: doubtsThatMove
		});
		const profile = profileFor(ruleSet, __KOMMUNE__, kommune, evaluation.date);
		return { status: 'ready', evaluation, rulesChanged, rules: ruleSet, profile };
	} catch (e) {
		console.error(e);
		return { status: 'error' };
	}
}
