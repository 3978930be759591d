import type { AnswerValue, Answers, Question, QuestionPage, RuleSet } from '$lib/rules';
import type { JourneyEngine } from './engine';
import type { Period } from './read-answer';

/** One field of a page as entered: the typed text and period kept even when it is not valid yet. */
export interface PageEntry {
	id: string;
	raw?: string;
	period?: Period;
}
export type PageAnswer = PageEntry & { value: AnswerValue };

/**
 * The journey's pages are data (questions.json `pages`): questions that belong together are asked on one page, in
 * the page order the data gives. A question on no page is a page of its own.
 */
interface PageIndex {
	pageOf: Map<string, QuestionPage>;
	order: Map<string, number>;
}
const indexes = new WeakMap<RuleSet, PageIndex>();

function indexFor(rules: RuleSet): PageIndex {
	let index = indexes.get(rules);
	if (!index) {
		index = { pageOf: new Map(), order: new Map() };
		for (const page of rules.pages ?? [])
			for (const id of page.questions) {
				index.pageOf.set(id, page);
				index.order.set(id, index.order.size);
			}
		indexes.set(rules, index);
	}
	return index;
}

export function pageOf(rules: RuleSet, id: string): QuestionPage {
	return indexFor(rules).pageOf.get(id) ?? { id, section: '', questions: [id] };
}

/** Question ids in page order (then catalogue order): the journey asks the first page with an open question. */
export function byPageOrder(rules: RuleSet, ids: readonly string[]): string[] {
	const { order } = indexFor(rules);
	const at = (id: string) => order.get(id) ?? order.size;
	return ids.slice().sort((a, b) => at(a) - at(b));
}

/**
 * The fields the page of `lead` shows: the lead itself, the page's questions the engine still asks, and the
 * page's answered questions that still matter (shown with their answers, to change them).
 */
export function shownQuestions(
	rules: RuleSet,
	engine: JourneyEngine,
	answers: Answers,
	lead: string
): Question[] {
	const next = engine.next(answers);
	return pageOf(rules, lead)
		.questions.filter(
			(id) => id === lead || next.includes(id) || (Object.hasOwn(answers, id) && engine.matters(answers, id))
		)
		.map((id) => rules.questionById[id]!)
		.filter(Boolean);
}

/** «Steg 2 av 5 – Boligen»: the section of the page on screen, counted in the data's fixed list of sections. */
export function stepOf(
	rules: RuleSet,
	id: string
): { position: number; total: number; section: string } | undefined {
	const sections = rules.sections ?? [];
	const section = pageOf(rules, id).section;
	const i = sections.indexOf(section);
	return i === -1 ? undefined : { position: i + 1, total: sections.length, section };
}

/** The rare answer a checklist box stands for: the opposite of the typical one. */
export const rareAnswer = (q: Question): boolean => q.typical !== true;
