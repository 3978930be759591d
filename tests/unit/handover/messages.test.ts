// What a refused link or file says, in the page's language, naming the field or the link (issue 20).
import { describe, expect, it } from 'vitest';
import { rawLink as link } from './raw-link';
import { readFileSync } from 'node:fs';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { parseAnswerFile } from '../../../src/lib/handover/answer-file';
import { decodePayload } from '../../../src/lib/handover/link';
import { answersDiffer } from '../../../src/lib/handover/session';
import { problemText } from '../../../src/lib/components/counselor/problems';
import type { T } from '../../../src/lib/handover';
import { refusedPlaceText } from '../../../src/lib/kommune-sted';

const rules = loadRuleSet('rules', { validate: false });

/** A translator over one language's counselor and questions texts, as the page has them. */
function translator(lang: string): T {
	const texts = {
		counselor: JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/counselor.json`, 'utf8')),
		questions: JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/questions.json`, 'utf8'))
	};
	return (key, options = {}) => {
		let v: unknown = texts;
		for (const k of key.split('.'))
			v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
		if (typeof v !== 'string') return options.defaultValue ?? key;
		return v.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name] ?? ''));
	};
}

const said = (lang: string, r: ReturnType<typeof decodePayload>, source: 'file' | 'link') => {
	if (r.ok) throw new Error('expected a refusal');
	return r.problems.map((p) => problemText(translator(lang), rules, p, lang as 'nb', source));
};

describe('messages about links and files', () => {
	it('names "__proto__" at the top of a link', () => {
		const r = decodePayload(rules, link(JSON.parse('{"__proto__": {"x": 1}, "a": {}}')));
		expect(said('nb', r, 'link')).toEqual([
			'Lenken inneholder feltet «__proto__», som ikke er tillatt i en lenke med svar.'
		]);
	});

	it('says an oversized link is a link that is too long, in the page language, with no English inside', () => {
		const r = decodePayload(rules, '1.' + 'A'.repeat(30_000));
		expect(said('nb', r, 'link')).toEqual([
			'Lenken er for lang til å være en lenke fra Boligsjekk. Den er ikke lest.'
		]);
		expect(said('nn', r, 'link')[0]).toMatch(/^Lenkja er for lang/);
		expect(said('en', r, 'link')[0]).toMatch(/^The link is too long/);
	});

	it('gives a file that is too large its size, not an English sentence', () => {
		const r = parseAnswerFile(rules, 'x'.repeat(101 * 1024 + 1));
		expect(said('nb', r, 'file')).toEqual(['Filen er for stor (102 KB). Høyst 100 KB er tillatt.']);
	});

	it('refuses a date after the days the rules are checked for (9999-12-31), naming both ends', () => {
		const r = parseAnswerFile(
			rules,
			JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, date: '9999-12-31', answers: {} })
		);
		expect(said('nb', r, 'file')[0]).toContain('mellom 1. januar 2024 og 31. desember 2027');
	});

	it('refuses a date the rules do not cover, saying which dates they do', () => {
		const r = parseAnswerFile(
			rules,
			JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, date: '0001-01-01', answers: {} })
		);
		expect(said('nb', r, 'file')).toEqual([
			'Feltet «date»: forventet en dato mellom 1. januar 2024 og 31. desember 2027 (datoene reglene gjelder for), fant "0001-01-01".'
		]);
	});
});

describe('messages name what is wrong, never every valid value (issue 30)', () => {
	const file = (answers: Record<string, unknown>) =>
		JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers });
	/** The rules as the Aurskog-Høland build ships them: the municipality list is left out. */
	const municipal = {
		...rules,
		questionById: {
			...rules.questionById,
			kommunenummer: { ...rules.questionById.kommunenummer!, options: [] }
		}
	};

	it('an unknown municipality number keeps the answers and says they come from another version of Boligsjekk', () => {
		for (const [rs, kommune] of [
			[rules, '9999'],
			[rules, '1301'],
			[municipal, '5501']
		] as const) {
			const r = parseAnswerFile(rs, file({ kommunenummer: kommune, boform: 'leier' }));
			expect(r.ok && r.refused).toBe(kommune);
			expect(r.ok && r.value.answers).toEqual({ boform: 'leier' });
			const text = refusedPlaceText(translator('nb'), kommune);
			expect(text).toContain('annen versjon av Boligsjekk');
			expect(text).toContain(kommune);
			expect(text.length).toBeLessThan(200);
		}
		for (const lang of ['nn', 'en', 'pl', 'uk', 'ar', 'so']) {
			const text = refusedPlaceText(translator(lang), '9999');
			expect(text).toContain('Boligsjekk');
			expect(text).toContain('9999');
		}
	});

	it('a value that is not one of a question’s options names the question, not the options', () => {
		const r = parseAnswerFile(rules, file({ boform: 'slott' }));
		const text = said('nb', r, 'file');
		expect(text[0]).toBe(
			'Svaret på «Hvordan bor du?» er "slott", men må være ett av svarvalgene til spørsmålet.'
		);
		for (const t of text) {
			expect(t.length).toBeLessThan(160);
			expect(t).not.toMatch(/0301|leier_privat|\(answers\./);
		}
	});

	it('a limit in kroner is written as kroner', () => {
		const [text] = said('nb', parseAnswerFile(rules, file({ formue: 2e9 })), 'file');
		expect(text!.replace(/[\u00a0\u202f]/g, ' ')).toContain('mellom 0 kr og 1 000 000 000 kr');
	});
});

describe('answersDiffer: what replacing would lose', () => {
	it('is false for no answers here, the same answers in another order, or only answers added', () => {
		expect(answersDiffer({}, { a: 1 })).toBe(false);
		expect(answersDiffer({ a: 1, b: ['x'] }, { b: ['x'], a: 1 })).toBe(false);
		expect(answersDiffer({ a: 1 }, { a: 1, b: 2 })).toBe(false);
	});
	it('is true when an answer here is changed or missing there', () => {
		expect(answersDiffer({ a: 1 }, { a: 2 })).toBe(true);
		expect(answersDiffer({ a: 1, b: true }, { a: 1 })).toBe(true);
	});
});
