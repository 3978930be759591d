import type { Answers } from '$lib/rules';
import type { JourneyEngine } from './engine';

/** The answered questions the check page lists: relevant ones only; the others stay saved but hidden. */
export function answeredRelevant(engine: JourneyEngine, answers: Answers): string[] {
	return engine.relevant(answers).filter((id) => Object.hasOwn(answers, id));
}
