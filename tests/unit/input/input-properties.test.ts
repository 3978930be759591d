// Properties of every place input enters: the parsers (question pages and counselor page), answer files and share
// links. `npm test` runs a small fixed-seed set; `npm run bench` runs ≥ 100 000 cases each with a fresh seed
// (INPUT_PROPERTY_RUNS, INPUT_PROPERTY_SEED; scripts/bench-all.mjs).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { ruleDates } from '../../../src/lib/rules/dates';
import { MAX_KR_PER_MONTH, parseAmount, parseDate, parseWholeNumber } from '../../../src/lib/wizard/parse';
import { parseAnswerFile, serializeAnswerFile, toAnswerFile } from '../../../src/lib/handover/answer-file';
import { decodePayload, payloadFromHash } from '../../../src/lib/handover/link';
import { encodePayload } from '../../../src/lib/handover/encode';
import { answersArbitrary } from '../rules/arbitraries';
import type { Answers } from '../../../src/lib/rules';

/** The Aurskog-Høland build answers «which municipality» itself: a file's or link's own answer to it is taken out. */
const inThisBuild = (answers: Answers): Answers =>
	Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'kommunenummer'));

const RUNS = Number(process.env.INPUT_PROPERTY_RUNS ?? 400);
const SEED = Number(process.env.INPUT_PROPERTY_SEED ?? 20);
const opts = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(30_000, RUNS * 10);

const rules = loadRuleSet('rules', { validate: false });
const bounds = ruleDates(rules);
const nbCounselor = JSON.parse(readFileSync('src/lib/i18n/locales/nb/counselor.json', 'utf8')) as {
	problem: Record<string, unknown> & { link: Record<string, string> };
};

/** Text as people type it: digits, separators, spaces of every kind, kr/NOK, minus signs, ",-", and anything else. */
const typed = fc.oneof(
	fc.string({ unit: fc.constantFrom(...'0123456789 .,-−–kKrRnNoO\u00a0\u202f/'.split('')), maxLength: 24 }),
	fc.string({ unit: 'grapheme', maxLength: 24 }),
	fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 14, maxLength: 10_000 })
);

/** Each script's digits 0–9 as ICU writes them (arab ٠١٢…, arabext ۰۱۲…, fullwide ０１２…, deva ०१२…). */
const SCRIPTS = Intl.supportedValuesOf('numberingSystem')
	.map((system) => {
		const format = new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false });
		return { system, digits: [...Array(10).keys()].map((d) => format.format(d)) };
	})
	.filter(({ digits }) => digits.every((d) => /^\p{Nd}$/u.test(d)));
const DIGIT_VALUE = new Map(SCRIPTS.flatMap(({ digits }) => digits.map((d, value) => [d, String(value)])));

/** A number written in a script's digits. */
const inScript = (text: string, digits: string[]) => text.replace(/[0-9]/g, (d) => digits[Number(d)]!);

/** The text with the digits of every script as ASCII. */
const ascii = (text: string) => [...text].map((c) => DIGIT_VALUE.get(c) ?? c.normalize('NFKC')).join('');

/** The digits of the text (any script) as ASCII, without leading zeros: what the text states. */
const stated = (text: string) =>
	ascii(text)
		.replace(/[^0-9]/g, '')
		.replace(/^0+(?=\d)/, '');

/**
 * The value is the stated digits with at most two of them after the decimal point (øre): "12.500" may be 12 500,
 * never 12.5 (that would put three digits after the point).
 */
function statesValue(text: string, value: number): boolean {
	const digits = stated(text);
	for (let k = 0; k <= 2; k++) {
		const scaled = value * 10 ** k;
		if (Math.abs(scaled - Math.round(scaled)) < 1e-6 && String(Math.round(scaled)) === digits) return true;
	}
	return false;
}

/** Groups a whole number by thousands with `sep`: 12500 → "12.500". */
const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('parsers: any text', () => {
	it(
		'never throws, and a value is what the text states (never 12.5 for "12.500")',
		() => {
			fc.assert(
				fc.property(typed, (text) => {
					const a = parseAmount(text);
					const w = parseWholeNumber(text);
					for (const r of [a, w])
						if (r.ok) {
							expect(Number.isFinite(r.value)).toBe(true);
							expect(r.value).toBeGreaterThanOrEqual(0);
							expect(statesValue(text, r.value), `${JSON.stringify(text)} → ${r.value}`).toBe(true);
						}
					if (a.ok) expect(a.value).toBeLessThanOrEqual(MAX_KR_PER_MONTH);
					if (w.ok) expect(Number.isInteger(w.value)).toBe(true);
				}),
				opts
			);
		},
		TIMEOUT
	);

	it(
		'reads thousands grouped by dot, space or comma, with or without kr and øre, exactly',
		() => {
			fc.assert(
				fc.property(
					fc.integer({ min: 0, max: MAX_KR_PER_MONTH }),
					fc.constantFrom('.', ' ', '\u00a0', '\u202f', ''),
					fc.option(fc.integer({ min: 0, max: 99 })),
					fc.constantFrom('', 'kr ', 'NOK '),
					fc.constantFrom('', ' kr', ',-'),
					(n, sep, ore, before, after) => {
						const text = `${before}${grouped(n, sep)}${ore === null ? '' : `,${String(ore).padStart(2, '0')}`}${ore === null ? after : ''}`;
						const want = ore === null ? n : Number(`${n}.${String(ore).padStart(2, '0')}`);
						const r = parseAmount(text, MAX_KR_PER_MONTH + 1);
						expect(r, text).toEqual({ ok: true, value: want });
						if (ore === null) expect(parseWholeNumber(text), text).toEqual({ ok: true, value: n });
					}
				),
				opts
			);
		},
		TIMEOUT
	);

	it(
		'reads digits of every script, with the Arabic separators ٬ and ٫, as their ASCII twins',
		() => {
			expect(SCRIPTS.map((s) => s.system)).toEqual(expect.arrayContaining(['arab', 'arabext', 'fullwide']));
			fc.assert(
				fc.property(
					fc.integer({ min: 0, max: MAX_KR_PER_MONTH }),
					fc.constantFrom(...SCRIPTS),
					fc.constantFrom('', ' ', '.', '\u066c'),
					fc.option(fc.integer({ min: 0, max: 99 })),
					fc.constantFrom(',', '\u066b'),
					fc.constantFrom('', '\u200f', '\u061c'),
					(n, { digits }, group, ore, decimal, mark) => {
						const ascii = `${grouped(n, group)}${ore === null ? '' : `${decimal}${String(ore).padStart(2, '0')}`}`;
						const text = mark + inScript(ascii, digits) + mark;
						const want = ore === null ? n : Number(`${n}.${String(ore).padStart(2, '0')}`);
						expect(parseAmount(text, MAX_KR_PER_MONTH + 1), text).toEqual({ ok: true, value: want });
						if (ore === null) expect(parseWholeNumber(text), text).toEqual({ ok: true, value: n });
						const minus = parseAmount('-' + text);
						expect(minus, text).toEqual({ ok: false, error: 'negative' });
					}
				),
				opts
			);
		},
		TIMEOUT
	);

	it('٫ is always the decimal separator: ١٢٫٥٠٠ is 12.5 with three decimals, never 12 500', () => {
		expect(parseAmount('١٢٫٥٠٠')).toEqual({ ok: false, error: 'decimals' });
		expect(parseAmount('١٢٫٥')).toEqual({ ok: true, value: 12.5 });
		expect(parseAmount('١٢٬٥٠٠')).toEqual({ ok: true, value: 12500 });
		expect(parseWholeNumber('۱۲۵۰۰')).toEqual({ ok: true, value: 12500 });
		expect(parseWholeNumber('１２５００')).toEqual({ ok: true, value: 12500 });
		expect(parseAmount('٫٥')).toEqual({ ok: false, error: 'notNumber' });
		expect(parseAmount('١٢٫٥٫٥')).toEqual({ ok: false, error: 'notNumber' });
		expect(parseDate('١٧.٠٥.٢٠٢٦')).toEqual({ ok: true, value: '2026-05-17' });
	});

	it(
		'says "too large" for long numbers, not "not a number"',
		() => {
			fc.assert(
				fc.property(fc.integer({ min: 16, max: 10_000 }), fc.constantFrom('1', '9'), (len, d) => {
					const text = d.repeat(len);
					expect(parseAmount(text)).toEqual({ ok: false, error: 'tooLarge' });
					expect(parseWholeNumber(text)).toEqual({ ok: false, error: 'tooLarge' });
				}),
				opts
			);
		},
		TIMEOUT
	);

	it(
		'dates: never throws; a date is real, stated by the text, and within the rules when bounded',
		() => {
			const dateish = fc.oneof(
				typed,
				fc
					.tuple(
						fc.integer({ min: 0, max: 9999 }),
						fc.integer({ min: 0, max: 13 }),
						fc.integer({ min: 0, max: 32 })
					)
					.map(
						([y, m, d]) =>
							`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
					)
			);
			fc.assert(
				fc.property(dateish, (text) => {
					const free = parseDate(text);
					const held = parseDate(text, bounds);
					if (free.ok) {
						const [y, m, d] = free.value.split('-').map(Number) as [number, number, number];
						const nums = (ascii(text).match(/[0-9]+/g) ?? []).map(Number);
						expect(nums).toEqual(expect.arrayContaining([y, m, d]));
						expect(new Date(free.value + 'T00:00:00Z').toISOString().slice(0, 10)).toBe(free.value);
					}
					if (held.ok) {
						expect(held.value >= bounds.from).toBe(true);
						expect(held.value <= bounds.to).toBe(true);
					} else if (free.ok) expect(held).toEqual({ ok: false, error: 'dateRange' });
				}),
				opts
			);
		},
		TIMEOUT
	);
});

const CODES = new Set(Object.keys(nbCounselor.problem));

describe('answer files: any content', () => {
	it(
		'never throws; a refusal names known problems; valid answers come back unchanged',
		() => {
			const content = fc.oneof(
				fc.string({ unit: 'grapheme', maxLength: 200 }),
				fc.jsonValue().map((v) => JSON.stringify(v)),
				fc
					.record({
						format: fc.oneof(fc.constant('boligsjekk-svar'), fc.string()),
						formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
						answers: fc.oneof(answersArbitrary(rules), fc.dictionary(fc.string(), fc.jsonValue())),
						date: fc.option(fc.oneof(fc.constantFrom('0001-01-01', '2026-06-01', '2026-02-30'), fc.string())),
						__proto__: fc.option(fc.jsonValue())
					})
					.map((o) => JSON.stringify(o))
			);
			fc.assert(
				fc.property(content, (text) => {
					const r = parseAnswerFile(rules, text);
					if (!r.ok) {
						expect(r.problems.length).toBeGreaterThan(0);
						for (const p of r.problems) expect(CODES.has(p.code), p.code).toBe(true);
					}
				}),
				opts
			);
			fc.assert(
				fc.property(answersArbitrary(rules), (answers) => {
					const r = parseAnswerFile(rules, serializeAnswerFile(toAnswerFile(answers, { kommune: '3226' })));
					expect(r.ok && r.value.answers).toEqual(inThisBuild(answers));
				}),
				opts
			);
		},
		TIMEOUT
	);
});

describe('share links', () => {
	const date = fc.option(
		fc
			.date({
				min: new Date(bounds.from + 'T00:00:00Z'),
				max: new Date(bounds.to + 'T00:00:00Z'),
				noInvalidDate: true
			})
			.map((d) => d.toISOString().slice(0, 10)),
		{ nil: undefined }
	);

	it(
		'round trip: any valid answers come back from their link unchanged',
		() => {
			fc.assert(
				fc.property(answersArbitrary(rules), date, (answers, d) => {
					const r = decodePayload(rules, encodePayload({ answers, date: d, kommune: '3226' }));
					expect(r.ok).toBe(true);
					if (r.ok) {
						expect(r.value.answers).toEqual(inThisBuild(answers));
						expect(r.value.date).toBe(d);
					}
				}),
				opts
			);
		},
		TIMEOUT
	);

	it(
		'a mangled link is refused with a named problem (or still holds valid answers), never a throw',
		() => {
			const mangle = fc.oneof(
				fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(
					([i, s]) =>
						(p: string) =>
							p.slice(0, i % (p.length + 1)) + s + p.slice((i % (p.length + 1)) + 1)
				),
				fc.nat().map((i) => (p: string) => p.slice(0, i % (p.length + 1))),
				fc.string({ maxLength: 50 }).map((s) => () => s),
				fc.string({ maxLength: 50 }).map((s) => (p: string) => p + s),
				fc.constantFrom(
					() => '1.' + 'A'.repeat(30_000),
					(p: string) => p.replace(/^1\./, '2.'),
					(p: string) => p.replace(/^1\./, '')
				)
			);
			fc.assert(
				fc.property(answersArbitrary(rules), mangle, (answers, f) => {
					const payload = f(encodePayload({ answers, kommune: '3226' }));
					const r = decodePayload(rules, payload);
					if (!r.ok) {
						expect(r.problems.length).toBeGreaterThan(0);
						for (const p of r.problems)
							expect(CODES.has(p.code) || p.code in nbCounselor.problem.link, p.code).toBe(true);
					}
					expect(() => payloadFromHash('#svar=' + payload)).not.toThrow();
				}),
				opts
			);
		},
		TIMEOUT
	);
});
