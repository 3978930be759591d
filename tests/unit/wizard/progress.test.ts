import { describe, expect, it } from 'vitest';
import { checkAnswer } from '$lib/rules';
import { loadRuleSet } from '$lib/rules/node';
import { rulesEngine } from '$lib/wizard/engine';
import { estimateRemaining, progress, progressInSlices, typicalAnswer } from '$lib/wizard/progress';

const rules = loadRuleSet('rules');
const engine = rulesEngine(rules, { date: '2026-11-26', kommune: '3226' });

describe('the progress estimate', () => {
	it('uses typical answers that are valid answers to their questions', () => {
		for (const q of rules.questions) {
			if (q.typical === undefined) continue;
			expect(checkAnswer(q, q.typical), q.id).toBeUndefined();
		}
	});

	it('says about 26, not every open question, on the first page for Aurskog-Høland', () => {
		const first = engine.next({})[0]!;
		const open = engine.next({}).length;
		const { position, total } = progress(engine, {}, first, rules.questionById);
		expect(position).toBe(1);
		expect(total).toBeLessThan(open);
		expect(total).toBeGreaterThanOrEqual(20);
		expect(total).toBeLessThanOrEqual(32);
	});

	it('walks the typical path to its end: answering it that way asks exactly that many questions', () => {
		const first = engine.next({})[0]!;
		const estimate = estimateRemaining(engine, {}, first, rules.questionById);
		let answers = {};
		let asked = 0;
		for (let id = engine.next(answers)[0]; id && asked < 100; id = engine.next(answers)[0]) {
			answers = { ...answers, [id]: typicalAnswer(rules.questionById[id]!) };
			asked++;
		}
		expect(asked).toBe(estimate + 1);
	});

	it('counts down as the resident answers', () => {
		const first = engine.next({})[0]!;
		const before = progress(engine, {}, first, rules.questionById);
		const answers = { [first]: typicalAnswer(rules.questionById[first]!) };
		const second = engine.next(answers)[0]!;
		const after = progress(engine, answers, second, rules.questionById);
		expect(after.position).toBe(2);
		expect(after.total).toBe(before.total);
	});

	it('gives the same figures when worked out in slices, and nothing once cancelled', async () => {
		const first = engine.next({})[0]!;
		const answers = { [first]: typicalAnswer(rules.questionById[first]!) };
		const current = engine.next(answers)[0]!;
		const whole = progress(engine, answers, current, rules.questionById);
		// a zero-length slice yields after every engine call, so the slicing itself is exercised
		expect(await progressInSlices(engine, answers, current, rules.questionById, () => false, 0)).toEqual(
			whole
		);
		let calls = 0;
		const stopAtOnce = () => ++calls > 0;
		expect(await progressInSlices(engine, answers, current, rules.questionById, stopAtOnce, 0)).toBeNull();
	});
});
