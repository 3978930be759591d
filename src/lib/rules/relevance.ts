// Relevance is derived from the expressions, never from a hand-written order:
// - nextQuestions: the union of the schemes' `missing` sets (unanswered questions whose answer could still change
//   an outcome or amount; Kleene short-circuiting drops the ones that cannot), in catalogue priority order.
// - relevantQuestions: those, plus every answered question q for which evaluating *without* q puts q back into
//   some scheme's `missing` set, i.e. some other answer to q could change a result with everything else held fixed.
//   An answered question that a decided gate has made moot (income once the student gate fails) is not relevant.
// - The municipality (`kommunenummer`) is relevant whenever the build does not know it: it chooses the profile.
import type { Answers } from './schema';
import type { RuleSet } from './ruleset';
import { evaluate, evaluateScheme, type EvaluateOptions } from './evaluate';
import { answerArray, engineFor, selectForDate } from './engine';
import { KOMMUNE_QUESTION, isKnownKommune, profileOn, resolveKommune } from './kommuner';
import type { Ctx } from './expr';
import { asksNeeds, chosenNeeds, NEEDS_QUESTION } from './needs';

type Opts = Pick<EvaluateOptions, 'date' | 'kommune' | 'checkAll'>;

// The needs question decides which schemes are checked, so it matters whenever the journey asks it: first, while
// unanswered (its priority), and always once answered.
export function nextQuestions(rules: RuleSet, answers: Answers, opts: Opts): string[] {
	const missing = new Set<string>();
	for (const s of evaluate(rules, answers, opts).schemes) for (const q of s.missing) missing.add(q);
	if (asksNeeds(rules, opts.checkAll) && !Object.hasOwn(answers, NEEDS_QUESTION)) missing.add(NEEDS_QUESTION);
	if (asksKommune(rules, opts.kommune) && !Object.hasOwn(answers, KOMMUNE_QUESTION))
		missing.add(KOMMUNE_QUESTION);
	return byPriority(rules, missing);
}

/**
 * The answers a journey through `answers` leaves: each answer the rules ask for next, one after the other, until none
 * is missing (what a test or a measurement about what comes after the questions starts from).
 */
export function answersAsked(rules: RuleSet, answers: Answers, opts: Opts): Answers {
	const asked: Answers = {};
	for (let next = nextQuestions(rules, asked, opts); next.length; next = nextQuestions(rules, asked, opts)) {
		const id = next[0]!;
		if (!Object.hasOwn(answers, id)) throw new Error(`no answer to «${id}», which the rules ask for`);
		asked[id] = answers[id]!;
	}
	return asked;
}

export function relevantQuestions(rules: RuleSet, answers: Answers, opts: Opts): string[] {
	const relevant = new Set(nextQuestions(rules, answers, opts));
	if (asksNeeds(rules, opts.checkAll)) relevant.add(NEEDS_QUESTION);
	const without = answeredMatters(rules, answers, opts);
	for (const q of Object.keys(answers)) if (without(q)) relevant.add(q);
	return byPriority(rules, relevant);
}

/**
 * Whether `id` is in relevantQuestions(rules, answers), given nextQuestions for the same answers: a single
 * answered question is checked without working out the whole list (the back link and the journey's guards ask
 * about one question at a time).
 */
export function questionMatters(
	rules: RuleSet,
	answers: Answers,
	opts: Opts,
	next: readonly string[],
	id: string
): boolean {
	if (!Object.hasOwn(rules.questionById, id)) return false;
	if (id === NEEDS_QUESTION) return asksNeeds(rules, opts.checkAll);
	return next.includes(id) || (Object.hasOwn(answers, id) && answeredMatters(rules, answers, opts)(id));
}

/** For an answered question q: does evaluating without q put q back into some scheme's `missing` set? */
function answeredMatters(rules: RuleSet, answers: Answers, opts: Opts): (q: string) => boolean {
	const engine = engineFor(rules);
	const sel = selectForDate(engine, opts.date);
	const profile = profileOn(rules, resolveKommune(rules, opts.kommune, answers), opts.date);
	const av = answerArray(engine, answers);
	const needs = chosenNeeds(answers, opts.checkAll);
	return (q) => {
		if (q === KOMMUNE_QUESTION) return asksKommune(rules, opts.kommune);
		const slot = engine.slots.answers.get(q);
		if (slot === undefined || !Object.hasOwn(rules.questionById, q)) return false;
		const without = av.slice();
		without[slot] = undefined;
		const ctx: Ctx = { av: without, date: opts.date, profile, pv: sel.pv, vals: [], valFns: [], needs };
		return sel.schemes.some((cs) => cs.answers.has(q) && evaluateScheme(cs, ctx).missing.includes(q));
	};
}

/** A build that does not know its municipality (the whole country, 0000) asks for it: every result depends on it. */
const asksKommune = (rules: RuleSet, kommune: string): boolean =>
	!isKnownKommune(rules, kommune) && Object.hasOwn(rules.questionById, KOMMUNE_QUESTION);

function byPriority(rules: RuleSet, ids: Set<string>): string[] {
	const order = new Map(rules.questions.map((q, i) => [q.id, i]));
	return [...ids]
		.filter((id) => order.has(id))
		.sort((a, b) => {
			const qa = rules.questionById[a]!;
			const qb = rules.questionById[b]!;
			return qa.priority - qb.priority || order.get(a)! - order.get(b)!;
		});
}
