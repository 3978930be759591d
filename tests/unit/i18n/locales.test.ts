import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, loadMessages } from '$lib/i18n';
import { langCodes, languages, needsNotice, sourceLang, type Lang } from '$lib/i18n/languages';
import {
	baseKeys,
	compareWithSource,
	flatten,
	localesDir,
	namespaces,
	pluralCategories,
	readLocale
} from './keys';

const targets = langCodes.filter((l) => l !== sourceLang);

describe('locale files', () => {
	it('nb has the namespaces the app mounts', () => {
		expect(namespaces(sourceLang)).toEqual(
			expect.arrayContaining(['common', 'questions', 'results', 'schemes', 'wizard'])
		);
	});

	it.each(targets)('%s has exactly the keys, plural forms and {{variables}} of nb', (lang) => {
		expect(compareWithSource(lang)).toEqual([]);
	});

	it('nb itself uses only the plural forms bokmål needs', () => {
		const needed = pluralCategories('nb');
		for (const ns of namespaces('nb')) {
			for (const [key, entry] of baseKeys(flatten(readLocale('nb', ns)))) {
				for (const c of entry.plural) expect(needed.concat('zero'), `nb/${ns} ${key}_${c}`).toContain(c);
				if (entry.plural.size > 0)
					expect([...entry.plural], `nb/${ns} ${key}`).toEqual(expect.arrayContaining(needed));
			}
		}
	});

	it('every language in languages.ts has a locale folder, and every folder a language', () => {
		const folders = readdirSync(localesDir).filter((f) => statSync(join(localesDir, f)).isDirectory());
		for (const code of langCodes) expect(folders).toContain(code);
		// A folder may exist ahead of its language being switched on only while it is being translated.
		for (const f of folders)
			expect(langCodes as string[], `locale folder ${f} is not in languages.ts`).toContain(f);
	});
});

describe('right-to-left locales', () => {
	const rtl = languages.filter((l) => l.dir === 'rtl').map((l) => l.code);
	it.each(rtl)('%s: every {{variable}} sits in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE', (lang) => {
		const bare: string[] = [];
		for (const ns of namespaces(lang))
			for (const [key, value] of flatten(readLocale(lang, ns)))
				for (const m of value.matchAll(/\{\{[^}]+\}\}/g))
					if (value[m.index - 1] !== '\u2068' || value[m.index + m[0].length] !== '\u2069')
						bare.push(`${ns} ${key}`);
		// Norwegian codes, versions and names (Latin) inside Arabic sentences keep their punctuation in place
		expect(bare).toEqual([]);
	});
});

describe('the machine-translation notice', () => {
	const notice = (lang: Lang) =>
		(readLocale(lang, 'common') as { language: Record<'notice' | 'norwegian', Record<string, string>> })
			.language;
	const nb = notice('nb');
	it.each(langCodes)('%s: the Norwegian part of the notice is the bokmål text, word for word', (lang) => {
		const l = notice(lang);
		expect(l.norwegian.heading).toBe(nb.notice.heading);
		expect(l.norwegian.body).toBe(nb.notice.body);
	});

	it('is shown exactly for languages that are translated but not yet reviewed', () => {
		for (const l of languages) {
			expect(needsNotice(l.code), l.code).toBe(l.status === 'translated');
			if (l.tier === 2) expect(['translated', 'reviewed']).toContain(l.status);
		}
	});
});

describe('languages.ts', () => {
	it('gives every language its own name, a direction, a Latin-digit locale and a status', () => {
		for (const l of languages) {
			expect(l.name.length).toBeGreaterThan(1);
			expect(['ltr', 'rtl']).toContain(l.dir);
			const digits = new Intl.NumberFormat(`${l.intl}-u-nu-latn`).format(1234567.5);
			expect(digits, l.code).toMatch(/^[\d\s.,\u00a0\u202f\u200e\u200f\u061c'’]+$/);
			expect(['source', 'complete', 'translated', 'reviewed']).toContain(l.status);
		}
		expect(languages.filter((l) => l.status === 'source').map((l) => l.code)).toEqual(['nb']);
		const rtl = languages.filter((l) => l.dir === 'rtl').map((l) => l.code);
		expect(rtl.every((c) => ['ar', 'fa', 'prs', 'ur', 'ckb'].includes(c))).toBe(true);
	});
});

describe('texts through i18next', () => {
	it.each(langCodes)(
		'%s: every key translates without a missing-key error or a raw key',
		async (lang: Lang) => {
			const messages = await loadMessages(lang);
			const { t } = createI18n(lang, messages);
			for (const [key, entry] of baseKeys(flatten(messages))) {
				const vars = Object.fromEntries([...entry.vars].map((v) => [v, `‹${v}›`]));
				const counts = entry.plural.size > 0 ? [0, 1, 2, 3, 5, 11, 21, 22, 100, 101] : [undefined];
				for (const count of counts) {
					const out = (t as unknown as (k: string, o: object) => unknown)(
						key,
						count === undefined ? vars : { ...vars, count }
					);
					expect(typeof out, key).toBe('string');
					expect(out, key).not.toBe(key);
					expect(out, key).not.toMatch(/\{\{|\}\}/);
					for (const v of entry.vars) expect(out, `${lang} ${key} must use {{${v}}}`).toContain(`‹${v}›`);
				}
			}
		}
	);

	it('a missing key fails loudly under tests instead of showing the raw key', () => {
		const { t } = createI18n('nn', { common: { a: 'a' } });
		expect(() => t('common.finst.ikkje')).toThrow(/missing translation key/);
	});

	it('a probe with its own defaultValue gets that value back, silently (how optional texts such as hints are looked up)', () => {
		const { t } = createI18n('nb', { questions: { a: { label: 'Spørsmål' } } });
		expect(t('questions.a.hint', { defaultValue: '' })).toBe('');
		expect(t('questions.a.label', { defaultValue: '' })).toBe('Spørsmål');
		// keys in order of preference (a question's own error text, its type's, the general one): the first there is
		expect(t(['questions.a.error', 'questions.a.label'])).toBe('Spørsmål');
	});

	it('plurals follow each language’s CLDR categories', () => {
		const t = (lang: Lang, forms: Record<string, string>) =>
			createI18n(lang, { x: Object.fromEntries(Object.entries(forms).map(([k, v]) => [`n_${k}`, v])) }).t;
		const uk = t('uk', { one: 'one', few: 'few', many: 'many', other: 'other' });
		expect([1, 2, 5, 21, 22, 25].map((count) => uk('x.n', { count }))).toEqual([
			'one',
			'few',
			'many',
			'one',
			'few',
			'many'
		]);
		const ar = t('ar', { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' });
		expect([0, 1, 2, 3, 11, 100].map((count) => ar('x.n', { count }))).toEqual([
			'zero',
			'one',
			'two',
			'few',
			'many',
			'other'
		]);
	});
});

describe('keys used in the source', () => {
	/** Literal keys in `t('ns.key')` calls; dynamic keys are covered by the rules CLI's text-key check. */
	function literalKeys(): { file: string; key: string }[] {
		const found: { file: string; key: string }[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const p = join(dir, name);
				if (statSync(p).isDirectory()) walk(p);
				else if (/\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')) {
					const text = readFileSync(p, 'utf8');
					for (const m of text.matchAll(
						/\bt\(\s*'((?:common|pages|wizard|results|questions|schemes|counselor)\.[A-Za-z0-9_.-]+)'/g
					))
						found.push({ file: p, key: m[1]! });
				}
			}
		};
		walk(join(process.cwd(), 'src'));
		return found;
	}

	it('exist in nb (so no page can show a raw key)', () => {
		const nb = new Map<string, unknown>();
		for (const ns of namespaces('nb'))
			for (const k of baseKeys(flatten(readLocale('nb', ns))).keys()) nb.set(`${ns}.${k}`, true);
		const missing = literalKeys()
			.filter(({ key }) => !nb.has(key) && ![...nb.keys()].some((k) => k.startsWith(`${key}.`)))
			.map(({ file, key }) => `${file.slice(process.cwd().length + 1)}: ${key}`);
		expect(missing).toEqual([]);
	});
});
