import type { Answers } from '$lib/rules';
import type { JourneyEngine } from './engine';

/** «Spørsmål 4 av omtrent 9»: answered relevant questions before this one, plus what the engine still needs. */
export function progress(
	engine: JourneyEngine,
	answers: Answers,
	current: string
): { position: number; total: number } {
	const answeredBefore = engine
		.relevant(answers)
		.filter((id) => id !== current && Object.hasOwn(answers, id)).length;
	const stillOpen = engine.next(answers).filter((id) => id !== current).length;
	return { position: answeredBefore + 1, total: answeredBefore + 1 + stillOpen };
}

/** The answered questions the check page lists: relevant ones only; the others stay saved but hidden. */
export function answeredRelevant(engine: JourneyEngine, answers: Answers): string[] {
	return engine.relevant(answers).filter((id) => Object.hasOwn(answers, id));
}
