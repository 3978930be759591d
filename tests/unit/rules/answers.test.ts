import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../../src/lib/rules/answers';
import { fixture } from './helpers';

const rules = fixture();
const file = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	format: 'boligsjekk-svar',
	formatVersion: 1,
	...extra,
	answers
});
const errorsOf = (input: unknown) => {
	const r = validateAnswers(rules, input);
	return r.ok ? [] : r.errors;
};

describe('validateAnswers', () => {
	it('accepts a valid file, as object or JSON string', () => {
		const f = file(
			{
				alder: 34,
				boform: 'leier',
				husleie_maned: 9000.5,
				student: false,
				hjelpebehov: ['syn'],
				flyttedato: '2026-12-01'
			},
			{ date: '2026-11-26', kommune: '3226', $schema: 'https://boligsjekk.invalid/schema/answers.json' }
		);
		const r = validateAnswers(rules, f);
		expect(r.ok).toBe(true);
		expect(validateAnswers(rules, JSON.stringify(f))).toEqual(r);
	});

	it.each<[string, Record<string, unknown>, string, RegExp]>([
		['unknown question id', { bogus: 1 }, 'answers.bogus', /unknown question/],
		[
			'wrong type for an amount',
			{ husleie_maned: '9000' },
			'answers.husleie_maned',
			/expected a number.*found "9000"/
		],
		['wrong type for yes/no', { student: 'ja' }, 'answers.student', /expected yes\/no/],
		['an integer out of range', { alder: 200 }, 'answers.alder', /between 0 and 120, found 200/],
		['a fraction for an integer', { alder: 30.5 }, 'answers.alder', /whole number/],
		['a negative amount', { husleie_maned: -1 }, 'answers.husleie_maned', /≥ 0/],
		['three decimals', { husleie_maned: 1.005 }, 'answers.husleie_maned', /two decimals/],
		['a huge number', { husleie_maned: 1e300 }, 'answers.husleie_maned', /too large/],
		['Infinity-like input', { husleie_maned: null }, 'answers.husleie_maned', /expected a number/],
		['a choice not in the options', { boform: 'hytte' }, 'answers.boform', /one of leier, eier, annet/],
		['a multi with an unknown option', { hjelpebehov: ['fly'] }, 'answers.hjelpebehov', /found "fly"/],
		['a multi with a duplicate', { hjelpebehov: ['syn', 'syn'] }, 'answers.hjelpebehov', /at most once/],
		['an impossible date', { flyttedato: '2026-02-30' }, 'answers.flyttedato', /YYYY-MM-DD/]
	])('rejects %s', (_name, answers, path, message) => {
		const errs = errorsOf(file(answers));
		expect(errs).toHaveLength(1);
		expect(errs[0]!.path).toBe(path);
		expect(errs[0]!.message).toMatch(message);
	});

	it.each(['__proto__', 'constructor', 'prototype'])('rejects the key %s anywhere', (k) => {
		expect(
			errorsOf(`{"format":"boligsjekk-svar","formatVersion":1,"answers":{"${k}":{"x":1}}}`)[0]
		).toMatchObject({
			path: `answers.${k}`,
			message: expect.stringMatching(/not allowed/)
		});
		expect(errorsOf(`{"${k}":1,"format":"boligsjekk-svar","formatVersion":1,"answers":{}}`)[0]!.path).toBe(k);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('rejects input over 100 KB, invalid JSON, deep nesting and non-objects', () => {
		const big = JSON.stringify(file({ alder: 30 }, { $schema: 'x'.repeat(101 * 1024) }));
		expect(errorsOf(big)[0]!.message).toMatch(/larger than 100 KB/);
		expect(errorsOf(JSON.parse(big))[0]!.message).toMatch(/larger than 100 KB/);
		expect(errorsOf('{"format": "boligsjekk-svar", ')[0]!.message).toMatch(/not valid JSON/);
		expect(
			errorsOf(JSON.stringify(file({ hjelpebehov: JSON.parse('['.repeat(50) + ']'.repeat(50)) })))[0]!.message
		).toMatch(/nested too deeply/);
		expect(errorsOf([1, 2])[0]!.message).toMatch(/expected an answer file object/);
		expect(errorsOf(null)[0]!.message).toMatch(/expected an answer file object/);
	});

	it('checks the envelope: format, version, date, kommune, unknown fields', () => {
		const errs = errorsOf({
			format: 'x',
			formatVersion: 2,
			date: '26.11.2026',
			kommune: 3226,
			answers: {},
			extra: 1
		});
		expect(errs.map((e) => e.path).sort()).toEqual(['date', 'extra', 'format', 'formatVersion', 'kommune']);
		expect(errorsOf({ format: 'boligsjekk-svar', formatVersion: 1 })[0]).toMatchObject({ path: 'answers' });
	});
});
