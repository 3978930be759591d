import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
	createJourneyMachine,
	previousQuestion,
	type JourneyEvent,
	type JourneySnapshot
} from '../../../src/lib/wizard/machine';
import { answeredRelevant } from '../../../src/lib/wizard/progress';
import { mockCatalogue, mockEngine } from './mock-engine';

const engine = mockEngine();
const machine = createJourneyMachine(engine);

function journey(input = {}) {
	const actor = createActor(machine, { input });
	actor.start();
	return actor;
}

const state = (s: JourneySnapshot) => (s.matches('asking') ? `asking:${s.context.current}` : String(s.value));

describe('journey machine', () => {
	it('starts at the first question the engine asks for and follows the engine', () => {
		const a = journey();
		expect(state(a.getSnapshot())).toBe('start');
		a.send({ type: 'BEGIN' });
		expect(state(a.getSnapshot())).toBe('asking:boform');
		a.send({ type: 'ANSWER', id: 'boform', value: 'eier' });
		expect(state(a.getSnapshot())).toBe('asking:lan');
		a.send({ type: 'ANSWER', id: 'lan', value: 5000 });
		a.send({ type: 'ANSWER', id: 'barn', value: false });
		expect(state(a.getSnapshot())).toBe('asking:inntekt');
		a.send({ type: 'ANSWER', id: 'inntekt', value: 15000 });
		expect(state(a.getSnapshot())).toBe('reviewing');
		expect(a.getSnapshot().context.trail).toEqual(['boform', 'lan', 'barn', 'inntekt']);
	});

	it('goes back along the trail and to the start page from the first question', () => {
		const a = journey();
		a.send({ type: 'BEGIN' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'leier' });
		a.send({ type: 'ANSWER', id: 'husleie', value: 9000 });
		a.send({ type: 'BACK' });
		expect(state(a.getSnapshot())).toBe('asking:husleie');
		a.send({ type: 'BACK' });
		expect(state(a.getSnapshot())).toBe('asking:boform');
		a.send({ type: 'BACK' });
		expect(state(a.getSnapshot())).toBe('start');
		expect(a.getSnapshot().context.answers).toEqual({ boform: 'leier', husleie: 9000 });
	});

	it('a reload on a question that no longer matters moves on to the first open one', () => {
		const a = journey({ answers: { boform: 'eier' }, trail: ['boform', 'husleie'], current: 'husleie' });
		a.send({ type: 'VISIT', id: 'husleie' });
		expect(state(a.getSnapshot())).toBe('asking:lan');
	});

	it('resumes where the user was, and otherwise at the first open question', () => {
		const resumed = journey({
			answers: { boform: 'leier' },
			trail: ['boform', 'husleie'],
			current: 'husleie'
		});
		resumed.send({ type: 'BEGIN' });
		expect(state(resumed.getSnapshot())).toBe('asking:husleie');

		const stale = journey({ answers: { boform: 'eier' }, trail: ['boform', 'husleie'], current: 'husleie' });
		stale.send({ type: 'BEGIN' });
		expect(state(stale.getSnapshot())).toBe('asking:lan');
	});

	it('follows the URL to a relevant question and sends an irrelevant one onwards', () => {
		const a = journey({ answers: { boform: 'leier', husleie: 9000, barn: false } });
		a.send({ type: 'VISIT', id: 'husleie' });
		expect(state(a.getSnapshot())).toBe('asking:husleie');
		a.send({ type: 'VISIT', id: 'lan' });
		expect(state(a.getSnapshot())).toBe('asking:inntekt');
		a.send({ type: 'VISIT', id: 'finnes_ikke' });
		expect(state(a.getSnapshot())).toBe('asking:inntekt');
	});

	it('browser Back to a page that no longer matters goes to the page before it that does, not onwards', () => {
		const a = journey();
		a.send({ type: 'BEGIN' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'eier' });
		expect(state(a.getSnapshot())).toBe('asking:lan');
		// «Tilbake» to boform, a new answer: the loan no longer matters, the rent does
		a.send({ type: 'BACK' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'leier' });
		expect(state(a.getSnapshot())).toBe('asking:husleie');
		// the browser's history still holds the loan page after boform's: Back to it is Back from the rent page
		a.send({ type: 'VISIT', id: 'lan', history: true });
		expect(state(a.getSnapshot())).toBe('asking:boform');
		expect(a.getSnapshot().context.trail).toEqual(['boform']);
		// …and from the first page, the start page (as «Tilbake» there), never onwards to the rent
		a.send({ type: 'VISIT', id: 'lan', history: true });
		expect(state(a.getSnapshot())).toBe('start');
		expect(a.getSnapshot().context.answers).toEqual({ boform: 'leier' });
		// the same address typed or reloaded still goes to where the journey is
		const b = journey({ answers: { boform: 'leier' }, trail: ['boform', 'husleie'], current: 'husleie' });
		b.send({ type: 'VISIT', id: 'lan' });
		expect(state(b.getSnapshot())).toBe('asking:husleie');
	});

	it('browser back to an earlier question truncates the trail there', () => {
		const a = journey();
		a.send({ type: 'BEGIN' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'leier' });
		a.send({ type: 'ANSWER', id: 'husleie', value: 9000 });
		a.send({ type: 'VISIT', id: 'boform' });
		expect(a.getSnapshot().context.trail).toEqual(['boform']);
		a.send({ type: 'ANSWER', id: 'boform', value: 'leier' });
		expect(state(a.getSnapshot())).toBe('asking:barn');
	});

	it('changing an answer from the check page returns there and keeps later answers', () => {
		const a = journey({ answers: { boform: 'leier', husleie: 9000, barn: false, inntekt: 15000 } });
		a.send({ type: 'REVIEW' });
		expect(state(a.getSnapshot())).toBe('reviewing');
		a.send({ type: 'CHANGE', id: 'inntekt' });
		expect(state(a.getSnapshot())).toBe('asking:inntekt');
		a.send({ type: 'BACK' });
		expect(state(a.getSnapshot())).toBe('reviewing');
		a.send({ type: 'CHANGE', id: 'inntekt' });
		a.send({ type: 'ANSWER', id: 'inntekt', value: 20000 });
		expect(state(a.getSnapshot())).toBe('reviewing');
		expect(a.getSnapshot().context.answers).toEqual({
			boform: 'leier',
			husleie: 9000,
			barn: false,
			inntekt: 20000
		});
	});

	it('a change that opens new questions asks them, then returns; hidden answers come back', () => {
		const a = journey({ answers: { boform: 'leier', husleie: 9000, barn: false, inntekt: 15000 } });
		a.send({ type: 'REVIEW' });
		a.send({ type: 'CHANGE', id: 'boform' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'eier' });
		expect(state(a.getSnapshot())).toBe('asking:lan');
		a.send({ type: 'BACK' });
		expect(state(a.getSnapshot())).toBe('asking:boform');
		a.send({ type: 'ANSWER', id: 'boform', value: 'eier' });
		a.send({ type: 'ANSWER', id: 'lan', value: 5000 });
		expect(state(a.getSnapshot())).toBe('reviewing');
		const answers = a.getSnapshot().context.answers;
		expect(answers.husleie).toBe(9000);
		expect(answeredRelevant(engine, answers)).toEqual(['boform', 'lan', 'barn', 'inntekt']);
		a.send({ type: 'CHANGE', id: 'boform' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'leier' });
		expect(state(a.getSnapshot())).toBe('reviewing');
		expect(answeredRelevant(engine, a.getSnapshot().context.answers)).toEqual([
			'boform',
			'husleie',
			'barn',
			'inntekt'
		]);
	});

	it('the check page sends the user to anything still open, and only a complete journey finishes', () => {
		const a = journey({ answers: { boform: 'leier' } });
		a.send({ type: 'REVIEW' });
		expect(state(a.getSnapshot())).toBe('asking:husleie');
		const done = journey({ answers: { boform: 'eier', lan: 1, barn: false, inntekt: 1 } });
		done.send({ type: 'REVIEW' });
		done.send({ type: 'CONFIRM' });
		expect(state(done.getSnapshot())).toBe('finished');
	});

	it('restart forgets everything', () => {
		const a = journey({ answers: { boform: 'leier' }, trail: ['boform'], current: 'husleie' });
		a.send({ type: 'BEGIN' });
		a.send({ type: 'RESTART' });
		expect(state(a.getSnapshot())).toBe('start');
		expect(a.getSnapshot().context).toEqual({ answers: {}, trail: [], current: null, changing: null });
	});

	it("a page's answers arrive at once: the page's other fields with the question that names it", () => {
		const a = journey({});
		a.send({ type: 'BEGIN' });
		a.send({ type: 'ANSWER', id: 'boform', value: 'leier', answers: { husleie: 1 } });
		expect(a.getSnapshot().context.answers).toEqual({ boform: 'leier', husleie: 1 });
		expect(a.getSnapshot().context.current).not.toBe('husleie');
	});

	it('the back target skips questions that no longer matter', () => {
		expect(
			previousQuestion(engine, {
				trail: ['boform', 'lan', 'barn'],
				current: 'barn',
				answers: { boform: 'leier', lan: 1 }
			})
		).toBe('boform');
	});
});

/** Every event the user can cause in a state: each answer to the question on screen, back, change, confirm. */
function userEvents(s: JourneySnapshot): JourneyEvent[] {
	if (s.matches('start')) return [{ type: 'BEGIN' }];
	if (s.matches('asking')) {
		const id = s.context.current!;
		return [
			...mockCatalogue[id]!.values.map((value) => ({ type: 'ANSWER' as const, id, value })),
			{ type: 'BACK' }
		];
	}
	if (s.matches('reviewing')) {
		return [
			...answeredRelevant(engine, s.context.answers).map((id) => ({ type: 'CHANGE' as const, id })),
			{ type: 'CONFIRM' }
		];
	}
	return [];
}

const serializeState = (s: JourneySnapshot) =>
	JSON.stringify([s.value, s.context.current, s.context.changing, s.context.answers]);

describe('journey model (xstate/graph)', () => {
	const shortest = getShortestPaths(machine, { events: userEvents, serializeState, input: {} });

	it('reaches the check page and the results from the start by every household shape', () => {
		const finishedWith = new Set(
			shortest.filter((p) => p.state.matches('finished')).map((p) => JSON.stringify(p.state.context.answers))
		);
		expect(finishedWith).toContain(
			JSON.stringify({ boform: 'leier', husleie: 9000, barn: true, antall_barn: 2, inntekt: 15000 })
		);
		expect(finishedWith).toContain(
			JSON.stringify({ boform: 'eier', lan: 5000, barn: false, inntekt: 15000 })
		);
	});

	it('holds the journey invariants in every reachable state', () => {
		expect(shortest.length).toBeGreaterThan(20);
		for (const { state: s } of shortest) {
			if (s.matches('asking')) {
				expect(engine.relevant(s.context.answers)).toContain(s.context.current);
				expect(
					s.context.trail.at(-1) === s.context.current || s.context.trail.includes(s.context.current!)
				).toBe(true);
			}
			if (s.matches('reviewing') || s.matches('finished')) expect(engine.next(s.context.answers)).toEqual([]);
			if (s.matches('finished')) expect(Object.keys(s.context.answers).length).toBeGreaterThanOrEqual(4);
		}
	});

	it('never loses an answer along any simple path (answers only grow or change)', () => {
		// Without CHANGE the graph stays small enough to walk every simple path; the shortest paths cover CHANGE.
		const paths = getSimplePaths(machine, {
			events: (s) => userEvents(s).filter((e) => e.type !== 'CHANGE'),
			serializeState,
			input: {},
			toState: (s) => s.matches('finished')
		});
		expect(paths.length).toBeGreaterThan(0);
		for (const path of paths) {
			let known = new Set<string>();
			for (const step of path.steps) {
				const now = Object.keys(step.state.context.answers);
				for (const id of known) expect(now).toContain(id);
				known = new Set(now);
			}
			expect(engine.next(path.state.context.answers)).toEqual([]);
		}
		// a safety limit, not a speed goal: every simple path takes 15–40 s on a busy 2-core machine
	}, 120_000);

	it('changing an answer to the same value leads straight back to the check page from every review', () => {
		const reviews = shortest.filter((p) => p.state.matches('reviewing'));
		expect(reviews.length).toBeGreaterThan(3);
		for (const { state: s } of reviews) {
			for (const id of answeredRelevant(engine, s.context.answers)) {
				const a = createActor(machine, { snapshot: s, input: {} });
				a.start();
				a.send({ type: 'CHANGE', id });
				expect(state(a.getSnapshot())).toBe(`asking:${id}`);
				a.send({ type: 'ANSWER', id, value: s.context.answers[id]! });
				expect(state(a.getSnapshot())).toBe('reviewing');
				expect(a.getSnapshot().context.answers).toEqual(s.context.answers);
			}
		}
	});
});
