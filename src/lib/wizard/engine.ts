import { nextQuestions, questionMatters, relevantQuestions, type Answers, type RuleSet } from '../rules';
import { byPageOrder } from './pages';

/** The two questions the journey asks the rules engine; the machine holds no policy of its own. */
export interface JourneyEngine {
	/** Unanswered questions that can still change a result, first to ask first (in the data's page order). */
	next(answers: Answers): readonly string[];
	/** Questions whose answer matters now, answered or not, in asking order. */
	relevant(answers: Answers): readonly string[];
	/** Whether relevant(answers) includes the question, found without working out the whole list. */
	matters(answers: Answers, id: string): boolean;
}

/** The real engine for one municipality and date; answers objects are immutable, so results are cached by identity. */
export function rulesEngine(rules: RuleSet, opts: { date: string; kommune: string }): JourneyEngine {
	const nextCache = new WeakMap<Answers, readonly string[]>();
	const relevantCache = new WeakMap<Answers, readonly string[]>();
	return {
		next(answers) {
			let ids = nextCache.get(answers);
			if (!ids) nextCache.set(answers, (ids = byPageOrder(rules, nextQuestions(rules, answers, opts))));
			return ids;
		},
		relevant(answers) {
			let ids = relevantCache.get(answers);
			if (!ids)
				relevantCache.set(answers, (ids = byPageOrder(rules, relevantQuestions(rules, answers, opts))));
			return ids;
		},
		matters(answers, id) {
			const known = relevantCache.get(answers);
			if (known) return known.includes(id);
			return questionMatters(rules, answers, opts, this.next(answers), id);
		}
	};
}
