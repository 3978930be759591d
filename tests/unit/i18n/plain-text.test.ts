import { describe, expect, it, vi } from 'vitest';
import {
	addTexts,
	createTranslator,
	isPlainText,
	loadFullTranslator,
	loadMessages,
	translatorOf
} from '$lib/i18n';
import { langCodes } from '$lib/i18n/languages';

type Call = (key: string, options?: Record<string, unknown>) => unknown;

function leafKeys(node: unknown, prefix = ''): string[] {
	if (!node || typeof node !== 'object' || Array.isArray(node)) return prefix ? [prefix] : [];
	return Object.entries(node).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

const OPTIONS: (Record<string, unknown> | undefined)[] = [
	undefined,
	{},
	{ value: '12 345 kr', name: 'Bostøtte', kommune: 'Aurskog-Høland' },
	{ defaultValue: '' },
	{ count: 2 },
	{ returnObjects: true },
	{ returnObjects: true, defaultValue: '' }
];

const PLURAL = /_(zero|one|two|few|many|other)$/;
const COUNTS = [0, 1, 2, 3, 4, 5, 7, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111, 1.5];

describe('the translator gives every text without i18next, as i18next gives it', () => {
	for (const lang of langCodes) {
		it(`gives what i18next gives for every text in ${lang}, with and without options`, async () => {
			const messages = await loadMessages(lang);
			// without i18next: a call the fast path cannot serve throws under vitest
			const fast = createTranslator(lang, structuredClone(messages)) as unknown as Call;
			// with i18next brought in for what the fast path leaves
			const t = createTranslator(lang, structuredClone(messages));
			await loadFullTranslator(t);
			const withFull = t as unknown as Call;
			const i18next = translatorOf(t).instance!.getFixedT(lang) as unknown as Call;
			const keys = leafKeys(messages);
			expect(keys.length).toBeGreaterThan(500);
			let plain = 0;
			let filled = 0;
			const plurals = new Map<string, Set<string>>();
			for (const key of keys) {
				const stored = translatorOf(t).instance!.getResource(lang, 'translation', key);
				if (isPlainText(stored)) plain++;
				for (const options of OPTIONS) expect(withFull(key, options), key).toEqual(i18next(key, options));
				const names =
					typeof stored === 'string' ? [...stored.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!) : [];
				if (PLURAL.test(key)) {
					const base = key.replace(PLURAL, '');
					plurals.set(base, new Set([...(plurals.get(base) ?? []), ...names]));
				}
				if (names.length === 0) {
					// as the pages ask for it: no options, or a default when probing an optional text
					expect(fast(key), key).toEqual(i18next(key));
					expect(fast(key, { defaultValue: '' }), key).toEqual(i18next(key, { defaultValue: '' }));
					continue;
				}
				filled++;
				// every placeholder given: a text, a number, an empty text, a text with a brace
				for (const make of [(n: string) => ` ‹${n}› `, () => 12345.5, () => '', () => '{x}'] as const) {
					const values = Object.fromEntries(names.map((n) => [n, make(n)]));
					expect(fast(key, values), key).toEqual(i18next(key, values));
					expect(fast(key, { ...values, defaultValue: '' }), key).toEqual(
						i18next(key, { ...values, defaultValue: '' })
					);
				}
			}
			// a plural by its base key, with its other placeholders given, for counts in every category
			for (const [base, names] of plurals) {
				const values = Object.fromEntries([...names].filter((n) => n !== 'count').map((n) => [n, `‹${n}›`]));
				for (const count of COUNTS)
					expect(fast(base, { ...values, count }), `${base} ${count}`).toEqual(
						i18next(base, { ...values, count })
					);
			}
			// most texts are plain, so the shortcut is taken for most calls; the rest have placeholders
			expect(plain / keys.length).toBeGreaterThan(0.5);
			expect(filled).toBeGreaterThan(50);
			expect(plurals.size).toBeGreaterThanOrEqual(4);
		});
	}

	it('takes the shortcut for plain texts, plurals, empty texts and defaults, and leaves nesting, other options and missing keys to i18next', async () => {
		const t = createTranslator('nb', {
			a: {
				plain: 'Hei',
				value: 'Hei {{name}}',
				nested: '$t(a.plain) du',
				n_one: 'én',
				n_other: 'flere',
				empty: '',
				z_zero: 'ingen',
				z_other: '{{count}} stk'
			}
		}) as unknown as Call;
		expect(t('a.plain')).toBe('Hei');
		expect(t('a.plain', { name: 'Kari', defaultValue: 'x' })).toBe('Hei');
		expect(t('a.value', { name: 'Kari' })).toBe('Hei Kari');
		expect(t('a.n', { count: 1 })).toBe('én');
		expect(t('a.n', { count: 2 })).toBe('flere');
		expect(t('a.z', { count: 0 })).toBe('ingen');
		expect(t('a.z', { count: 3 })).toBe('3 stk');
		expect(t('a.plain', { count: 1 })).toBe('Hei');
		expect(t('a.empty')).toBe('');
		expect(t('a.missing', { defaultValue: 'reserve' })).toBe('reserve');
		expect(t('a.missing', { returnObjects: true, defaultValue: 'reserve' })).toBe('reserve');
		// keys in order of preference: the first one there is
		expect(t(['a.missing', 'a.value', 'a.plain'] as never, { name: 'Kari' })).toBe('Hei Kari');
		expect(t(['a.missing', 'a.plain'] as never)).toBe('Hei');
		// before i18next has come, what only it gives is a fault the tests must see
		expect(() => t('a.nested')).toThrow(/needs i18next/);
		expect(() => t('a.missing')).toThrow(/missing translation key "a.missing"/);

		await loadFullTranslator(t as never);
		const full = vi.spyOn(translatorOf(t as never).instance!, 't');
		expect(t('a.n', { count: 2 })).toBe('flere');
		expect(full).not.toHaveBeenCalled();
		expect(t('a.nested')).toBe('Hei du');
		expect(t('a.plain', { lng: 'nb' })).toBe('Hei');
		expect(full.mock.calls.map(([key]) => key)).toEqual(['a.nested', 'a.plain']);
	});

	it('fills simple placeholders itself when every value is a text or a number, and leaves the rest to i18next', async () => {
		const t = createTranslator('nb', {
			a: { one: 'Hei {{name}}, du får {{ value }}', nested: 'Hei {{name}} $t(a.one)' }
		}) as unknown as Call;
		await loadFullTranslator(t as never);
		const full = vi.spyOn(translatorOf(t as never).instance!, 't');
		expect(t('a.one', { name: 'Kari', value: '3 603 kr' })).toBe('Hei Kari, du får 3 603 kr');
		expect(t('a.one', { name: 'Kari', value: 12 })).toBe('Hei Kari, du får 12');
		expect(full).not.toHaveBeenCalled();

		t('a.one', { name: 'Kari' });
		t('a.one', { name: 'Kari', value: { amount: 1 } });
		t('a.one', { name: 'Kari', value: 'kr $&' });
		t('a.one', { name: 'Kari', value: Number.NaN });
		t('a.nested', { name: 'Kari', value: 1 });
		expect(full).toHaveBeenCalledTimes(5);
	});

	it('returns a list of plain texts (or one plain text asked for as a list) itself, a list as a copy, and leaves other lists to i18next', async () => {
		const t = createTranslator('nb', {
			a: { steps: ['Søk', 'Vent'], one: 'Søk', filled: ['Søk i {{kommune}}'], mixed: ['Søk', 7] }
		}) as unknown as Call;
		await loadFullTranslator(t as never);
		const full = vi.spyOn(translatorOf(t as never).instance!, 't');
		const steps = t('a.steps', { returnObjects: true }) as string[];
		expect(steps).toEqual(['Søk', 'Vent']);
		steps.push('endret');
		expect(t('a.steps', { returnObjects: true })).toEqual(['Søk', 'Vent']);
		expect(t('a.one', { returnObjects: true })).toBe('Søk');
		expect(full).not.toHaveBeenCalled();

		t('a.filled', { returnObjects: true });
		t('a.mixed', { returnObjects: true });
		t('a.steps', { returnObjects: true, kommune: 'Aurskog-Høland' });
		expect(full).toHaveBeenCalledTimes(3);
	});

	it('sees texts added after it was made, before and after i18next has come', async () => {
		const t = createTranslator('nb', { a: { x: 'før', n: '$t(a.x)' } }) as unknown as Call;
		addTexts(t as never, { b: { y: 'etter' } });
		expect(t('b.y')).toBe('etter');
		expect(t('a.x')).toBe('før');
		await loadFullTranslator(t as never);
		addTexts(t as never, { c: { z: 'sist', n: '$t(b.y)' } });
		expect(t('c.z')).toBe('sist');
		expect(t('c.n')).toBe('etter');
		expect(t('a.n')).toBe('før');
	});
});
