import type { Answers, Question } from '$lib/rules';
import type { JourneyEngine } from './engine';

const MAX_STEPS = 100;

/** The catalogue's typical answer, or a plain default of the question's type, for the estimate only. */
export function typicalAnswer(q: Question): Answers[string] {
	if (q.typical !== undefined) return q.typical;
	switch (q.type) {
		case 'yesno':
			return false;
		case 'choice':
			return q.options?.[0]?.value ?? '';
		case 'multi':
			return [];
		case 'date':
			return '2000-01-01';
		default:
			return q.min ?? 0;
	}
}

/**
 * How many more questions a resident with the catalogue's typical answers would be asked after this one. The
 * engine's count of every question that could still matter is an upper bound that starts near 60; walking the
 * journey forward with typical answers gives the length of the usual path instead, so the first page says about 26,
 * not 56. Only the estimate uses these hypothetical answers; the journey itself asks the engine as always.
 */
export function estimateRemaining(
	engine: JourneyEngine,
	answers: Answers,
	current: string,
	questions: Readonly<Record<string, Question>>
): number {
	return toEnd(walkTypicalPath(engine, answers, current, questions));
}

/**
 * «Spørsmål 4 av omtrent 9»: answered relevant questions before this one, plus the questions still to come: the
 * estimate along the typical path when the catalogue is given, else every question the engine still has open.
 */
export function progress(
	engine: JourneyEngine,
	answers: Answers,
	current: string,
	questions?: Readonly<Record<string, Question>>
): Progress {
	return toEnd(progressSteps(engine, answers, current, questions));
}

/**
 * The same figures as progress(), worked out in slices of about `sliceMs` with a macrotask between them, so the
 * walk (a few dozen engine calls) never holds a cheap phone's main thread for long. Resolves to null when
 * `cancelled()` turns true between slices.
 */
export async function progressInSlices(
	engine: JourneyEngine,
	answers: Answers,
	current: string,
	questions: Readonly<Record<string, Question>>,
	cancelled: () => boolean,
	sliceMs = 8
): Promise<Progress | null> {
	const steps = progressSteps(engine, answers, current, questions);
	let sliceEnd = performance.now() + sliceMs;
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() < sliceEnd) continue;
		await new Promise((resume) => setTimeout(resume));
		if (cancelled()) return null;
		sliceEnd = performance.now() + sliceMs;
	}
}

type Progress = { position: number; total: number };

/** progress() one engine call per step, so a caller can run it at once or spread it over several tasks. */
function* progressSteps(
	engine: JourneyEngine,
	answers: Answers,
	current: string,
	questions?: Readonly<Record<string, Question>>
): Generator<void, Progress> {
	const answeredBefore = engine
		.relevant(answers)
		.filter((id) => id !== current && Object.hasOwn(answers, id)).length;
	const stillOpen = questions
		? yield* walkTypicalPath(engine, answers, current, questions)
		: engine.next(answers).filter((id) => id !== current).length;
	return { position: answeredBefore + 1, total: answeredBefore + 1 + stillOpen };
}

function* walkTypicalPath(
	engine: JourneyEngine,
	answers: Answers,
	current: string,
	questions: Readonly<Record<string, Question>>
): Generator<void, number> {
	const typical = (id: string) => {
		const q = questions[id];
		return q ? typicalAnswer(q) : false;
	};
	let hypothetical: Answers = Object.hasOwn(answers, current)
		? answers
		: { ...answers, [current]: typical(current) };
	let steps = 0;
	while (steps < MAX_STEPS) {
		const next = engine.next(hypothetical).find((id) => id !== current);
		if (!next) break;
		hypothetical = { ...hypothetical, [next]: typical(next) };
		steps++;
		yield;
	}
	return steps;
}

function toEnd<T>(steps: Generator<void, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The answered questions the check page lists: relevant ones only; the others stay saved but hidden. */
export function answeredRelevant(engine: JourneyEngine, answers: Answers): string[] {
	return engine.relevant(answers).filter((id) => Object.hasOwn(answers, id));
}
