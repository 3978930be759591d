import type { AnswerValue, Answers } from '../../../src/lib/rules';
import type { JourneyEngine } from '../../../src/lib/wizard/engine';

/**
 * A tiny stand-in for the rules engine: which questions matter depends on earlier answers, the way the real
 * relevance does (rent only for renters, the number of children only with children).
 */
export const mockCatalogue: Record<
	string,
	{ values: AnswerValue[]; when?: (a: Answers) => boolean | undefined }
> = {
	boform: { values: ['leier', 'eier'] },
	husleie: { values: [9000], when: (a) => (a.boform === undefined ? undefined : a.boform === 'leier') },
	lan: { values: [5000], when: (a) => (a.boform === undefined ? undefined : a.boform === 'eier') },
	barn: { values: [true, false] },
	antall_barn: { values: [2], when: (a) => (a.barn === undefined ? undefined : a.barn === true) },
	inntekt: { values: [15000] }
};

const order = Object.keys(mockCatalogue);

/** Relevant: could matter (its condition is true or still unknown). */
function matters(answers: Answers, id: string): boolean {
	const when = mockCatalogue[id]!.when;
	return when ? when(answers) !== false : true;
}

export function mockEngine(): JourneyEngine & { calls: number } {
	const engine = {
		calls: 0,
		next(answers: Answers) {
			engine.calls++;
			return order.filter((id) => !Object.hasOwn(answers, id) && matters(answers, id));
		},
		relevant(answers: Answers) {
			engine.calls++;
			return order.filter((id) => matters(answers, id));
		},
		matters(answers: Answers, id: string) {
			engine.calls++;
			return order.includes(id) && matters(answers, id);
		}
	};
	return engine;
}
