import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AnswerValue, Answers, Question } from '../../../src/lib/rules';
import { checkRuleSet } from '../../../src/tooling/rules/check';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { rulesEngine } from '../../../src/lib/wizard/engine';
import { createJourneyMachine } from '../../../src/lib/wizard/machine';
import { byPageOrder, pageOf, rareAnswer, shownQuestions, stepOf } from '../../../src/lib/wizard/pages';
import { singleRenter } from '../single-renter';
import { anyHousehold } from './arbitraries';

const rules = loadRuleSet('rules', { validate: false });
const opts = { date: '2026-11-26', kommune: '3226' };

/** Walks the journey page by page, answering every field shown; returns the pages' question ids. */
function walkPages(answerOf: (q: Question) => AnswerValue) {
	const engine = rulesEngine(rules, opts);
	const actor = createActor(createJourneyMachine(engine), { input: {} });
	actor.start();
	actor.send({ type: 'BEGIN' });
	const pages: string[][] = [];
	while (actor.getSnapshot().matches('asking')) {
		const { current, answers } = actor.getSnapshot().context;
		const shown = shownQuestions(rules, engine, answers, current!);
		pages.push(shown.map((q) => q.id));
		const others = Object.fromEntries(shown.filter((q) => q.id !== current).map((q) => [q.id, answerOf(q)]));
		actor.send({
			type: 'ANSWER',
			id: current!,
			value: answerOf(rules.questionById[current!]!),
			answers: others
		});
		if (pages.length > rules.questions.length) throw new Error('the journey does not end');
	}
	return { pages, snapshot: actor.getSnapshot(), engine };
}

describe('pages', () => {
	it('every question is on exactly one page of the data, and check finds a question left out', () => {
		expect(checkRuleSet(rules, undefined)).toEqual([]);
		const ids = rules.pages!.flatMap((p) => p.questions);
		expect(ids.sort()).toEqual(rules.questions.map((q) => q.id).sort());
		const without = {
			...rules,
			pages: rules.pages!.map((p) => ({ ...p, questions: p.questions.filter((id) => id !== 'alder') }))
		};
		expect(checkRuleSet(without, undefined).map((p) => p.message)).toContain(
			'expected question alder on a page, found none'
		);
	});

	it('the journey asks the first page (in data order) with an open question', () => {
		expect(byPageOrder(rules, ['lovlig_opphold', 'alder', 'behov'])).toEqual([
			'behov',
			'alder',
			'lovlig_opphold'
		]);
		const engine = rulesEngine(rules, opts);
		expect(engine.next({})[0]).toBe('behov');
		expect(shownQuestions(rules, engine, {}, 'behov').map((q) => q.id)).toEqual(['behov', 'boform']);
	});

	it('a page shows only the fields that can still change a result: no under-18 question before the age is known', () => {
		const engine = rulesEngine(rules, opts);
		const answers: Answers = { behov: ['boutgifter'], boform: 'leier' };
		expect(shownQuestions(rules, engine, answers, 'antall_voksne').map((q) => q.id)).toEqual([
			'antall_voksne',
			'antall_barn',
			'alder'
		]);
		const renter = { ...answers, ...singleRenter };
		expect(shownQuestions(rules, engine, renter, 'husleie_maned').map((q) => q.id)).not.toContain(
			'felleskostnader_maned'
		);
		expect(pageOf(rules, 'egne_barn_i_boligen').questions).toEqual(['egne_barn_i_boligen']);
	});

	it('a checklist box stands for the rare answer', () => {
		expect(rareAnswer(rules.questionById['har_fodselsnummer']!)).toBe(false);
		expect(rareAnswer(rules.questionById['student_i_husstanden']!)).toBe(true);
		expect(pageOf(rules, 'bor_pa_institusjon').checklist).toBe(true);
	});

	it('any household: each question on one page once, the step never goes back, nothing left to ask', () => {
		const household = anyHousehold(rules.questions);
		fc.assert(
			fc.property(household, (h) => {
				const { pages, snapshot, engine } = walkPages((q) => h[q.id]!);
				expect(snapshot.matches('reviewing')).toBe(true);
				expect(engine.next(snapshot.context.answers)).toEqual([]);
				const asked = pages.flat();
				expect(new Set(asked).size).toBe(asked.length);
				const steps = pages.map((p) => stepOf(rules, p[0]!)!.position);
				expect(steps).toEqual([...steps].sort((a, b) => a - b));
				expect(pages.length).toBeLessThanOrEqual(16);
			}),
			{ numRuns: 40 }
		);
	}, 60_000);
});
