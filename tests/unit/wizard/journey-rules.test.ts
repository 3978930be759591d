import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { evaluate, type AnswerValue, type Answers, type Question } from '../../../src/lib/rules';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { rulesEngine } from '../../../src/lib/wizard/engine';
import { createJourneyMachine } from '../../../src/lib/wizard/machine';
import { singleRenter } from '../single-renter';
import { anyHousehold } from './arbitraries';

// The journey machine driven by the real rule files: the engine alone decides what is asked.
const rules = loadRuleSet('rules', { validate: false });
const opts = { date: '2026-11-26', kommune: '3226' };

function walk(answerFor: (q: Question) => AnswerValue) {
	const engine = rulesEngine(rules, opts);
	const actor = createActor(createJourneyMachine(engine), { input: {} });
	actor.start();
	actor.send({ type: 'BEGIN' });
	const asked: string[] = [];
	while (actor.getSnapshot().matches('asking')) {
		const id = actor.getSnapshot().context.current!;
		if (asked.includes(id)) throw new Error(`asked ${id} twice`);
		asked.push(id);
		actor.send({ type: 'ANSWER', id, value: answerFor(rules.questionById[id]!) });
		if (asked.length > rules.questions.length) throw new Error('the journey does not end');
	}
	return { asked, snapshot: actor.getSnapshot(), engine };
}

/** The answer nobody in particular gives: no to yes/no, the last option, the smallest number. */
function plain(q: Question): AnswerValue {
	if (q.id in singleRenter) return singleRenter[q.id]!;
	if (q.type === 'yesno')
		return (
			q.id === 'har_fodselsnummer' ||
			q.id === 'registrert_pa_adressen' ||
			q.id === 'ansvar_boutgifter' ||
			q.id === 'lovlig_opphold'
		);
	if (q.type === 'choice') return q.id === 'boligtype' ? 'leilighet_hus' : q.options!.at(-1)!.value;
	if (q.type === 'multi')
		return q.id === 'bolig_har' ? q.options!.map((o) => o.value) : [q.options!.at(-1)!.value];
	if (q.type === 'date') return '2026-01-01';
	return q.min ?? 0;
}

describe('journey with the real rules', () => {
	it('asks a single renter only what matters and ends on the check page with bostøtte 3 603 kr', () => {
		const { asked, snapshot } = walk(plain);
		expect(snapshot.matches('reviewing')).toBe(true);
		expect(asked.slice(0, 2)).toEqual(['behov', 'boform']);
		expect(asked).not.toContain('lanekostnader_maned');
		expect(asked.length).toBeLessThan(rules.questions.length);
		const bostotte = evaluate(rules, snapshot.context.answers, opts).schemes.find(
			(s) => s.scheme === 'bostotte'
		)!;
		expect(bostotte.outcome).toBe('eligible');
		expect(Math.abs(bostotte.amount!.value! - 3603)).toBeLessThanOrEqual(1);
	});

	it('any household reaches the check page, never asked twice, with nothing left that could change a result', () => {
		const household = anyHousehold(rules.questions);
		fc.assert(
			fc.property(household, (h) => {
				const { asked, snapshot, engine } = walk((q) => h[q.id]!);
				expect(snapshot.matches('reviewing')).toBe(true);
				expect(engine.next(snapshot.context.answers)).toEqual([]);
				expect(new Set(asked).size).toBe(asked.length);
			}),
			{ numRuns: 40 }
		);
	}, 60_000);
});
