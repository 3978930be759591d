import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/lib/rules';
import { errorValues, initialInput, readAnswer, type FormInput } from '../../../src/lib/wizard/read-answer';

const q = (over: Partial<Question> & Pick<Question, 'id' | 'type'>): Question =>
	({ group: 'bolig', priority: 1, ...over }) as Question;
const input = (over: Partial<FormInput>): FormInput => ({ selected: [], text: '', period: 'month', ...over });

const yesno = q({ id: 'ja_nei', type: 'yesno' });
const choice = q({ id: 'boform', type: 'choice', options: [{ value: 'leier' }, { value: 'eier' }] });
const multi = q({ id: 'har', type: 'multi', options: [{ value: 'a' }, { value: 'b' }, { value: 'ingen' }] });
const integer = q({ id: 'antall', type: 'integer', min: 1, max: 10 });
const amount = q({ id: 'husleie', type: 'amount', min: 0, max: 10_000_000 });
const date = q({ id: 'dato', type: 'date' });

describe('readAnswer: form input to the documented answer value', () => {
	it('yes/no radios give booleans', () => {
		expect(readAnswer(yesno, input({ selected: ['true'] }))).toEqual({ ok: true, value: true });
		expect(readAnswer(yesno, input({ selected: ['false'] }))).toEqual({ ok: true, value: false });
		expect(readAnswer(yesno, input({}))).toEqual({ ok: false, error: { code: 'choose' } });
	});

	it('choices must be one of the options', () => {
		expect(readAnswer(choice, input({ selected: ['eier'] }))).toEqual({ ok: true, value: 'eier' });
		expect(readAnswer(choice, input({ selected: ['hacker'] }))).toEqual({
			ok: false,
			error: { code: 'choose' }
		});
	});

	it('several-of-several keeps catalogue order, drops unknown values, needs at least one', () => {
		expect(readAnswer(multi, input({ selected: ['ingen', 'x', 'a'] }))).toEqual({
			ok: true,
			value: ['a', 'ingen']
		});
		expect(readAnswer(multi, input({}))).toEqual({ ok: false, error: { code: 'chooseSome' } });
	});

	it('whole numbers within min and max', () => {
		expect(readAnswer(integer, input({ text: ' 2 ' }))).toEqual({ ok: true, value: 2 });
		expect(readAnswer(integer, input({ text: '0' }))).toEqual({
			ok: false,
			error: { code: 'min', min: 1, max: 10 }
		});
		expect(readAnswer(integer, input({ text: '11' }))).toEqual({
			ok: false,
			error: { code: 'max', min: 1, max: 10 }
		});
		expect(readAnswer(integer, input({ text: '2,5' }))).toEqual({ ok: false, error: { code: 'notWhole' } });
	});

	it('amounts per month or per year, stored per month', () => {
		expect(readAnswer(amount, input({ text: 'kr 9 000' }))).toEqual({ ok: true, value: 9000 });
		expect(readAnswer(amount, input({ text: '108 000', period: 'year' }))).toEqual({ ok: true, value: 9000 });
		expect(readAnswer(amount, input({ text: '100 000', period: 'year' }))).toEqual({
			ok: true,
			value: 8333.33
		});
		expect(readAnswer(amount, input({ text: '10 000 001' }))).toEqual({
			ok: false,
			error: { code: 'tooLarge', max: 10_000_000 }
		});
		// 12 × 10 million a year is 10 million a month: allowed; a krone more is not
		expect(readAnswer(amount, input({ text: '120 000 000', period: 'year' }))).toEqual({
			ok: true,
			value: 10_000_000
		});
		expect(readAnswer(amount, input({ text: '120 000 012', period: 'year' }))).toMatchObject({ ok: false });
		expect(readAnswer(amount, input({ text: '' }))).toEqual({ ok: false, error: { code: 'required' } });
		expect(readAnswer(amount, input({ text: '-5' }))).toEqual({ ok: false, error: { code: 'negative' } });
	});

	it('dates in Norwegian order', () => {
		expect(readAnswer(date, input({ text: '1.2.2026' }))).toEqual({ ok: true, value: '2026-02-01' });
		expect(readAnswer(date, input({ text: '31.2.2026' }))).toEqual({ ok: false, error: { code: 'date' } });
	});
});

describe('initialInput: what the form shows when the page opens', () => {
	it('shows the saved answer, or what the user typed last (kept through errors)', () => {
		expect(initialInput(yesno, false)).toMatchObject({ selected: ['false'] });
		expect(initialInput(multi, ['a', 'b'])).toMatchObject({ selected: ['a', 'b'] });
		expect(initialInput(amount, 9000, 'kr 108 000', 'year')).toEqual({
			selected: [],
			text: 'kr 108 000',
			period: 'year'
		});
		expect(initialInput(amount, 9000)).toEqual({ selected: [], text: '9000', period: 'month' });
		expect(initialInput(amount, undefined, 'ni tusen')).toEqual({
			selected: [],
			text: 'ni tusen',
			period: 'month'
		});
		expect(initialInput(integer, undefined)).toEqual({ selected: [], text: '', period: 'month' });
	});
});

describe('error messages name the question’s own limits, written as the page writes numbers', () => {
	it('a negative count says the least the question takes (adults: at least 1), not 0', () => {
		expect(readAnswer(integer, input({ text: '-1' }))).toEqual({
			ok: false,
			error: { code: 'min', min: 1, max: 10 }
		});
	});

	it('a limit in kroner is shown as kroner, a count with grouped digits', () => {
		const formue = q({ id: 'formue', type: 'integer', unit: 'kr', min: 0, max: 1_000_000_000 });
		const r = readAnswer(formue, input({ text: '2 000 000 000' }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const nbsp = (s: string | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');
		expect(nbsp(errorValues(formue, r.error, 'nb').max)).toBe('1 000 000 000 kr');
		expect(nbsp(errorValues(integer, { code: 'max', max: 1000 }, 'nb').max)).toBe('1 000');
		expect(errorValues(integer, { code: 'min', min: 1, max: 10 }, 'en').min).toBe('1');
	});
});
