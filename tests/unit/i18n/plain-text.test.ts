import { describe, expect, it, vi } from 'vitest';
import { createTranslator, isPlainText, loadMessages, translatorOf } from '$lib/i18n';
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

describe('the translator returns plain texts without i18next', () => {
	for (const lang of langCodes) {
		it(`gives what i18next gives for every text in ${lang}, with and without options`, async () => {
			const messages = await loadMessages(lang);
			const t = createTranslator(lang, messages) as unknown as Call;
			const i18next = translatorOf(t as never).instance.getFixedT(lang) as unknown as Call;
			const keys = leafKeys(messages);
			expect(keys.length).toBeGreaterThan(500);
			let plain = 0;
			let filled = 0;
			for (const key of keys) {
				const stored = translatorOf(t as never).instance.getResource(lang, 'translation', key);
				if (isPlainText(stored)) plain++;
				for (const options of OPTIONS) expect(t(key, options), key).toEqual(i18next(key, options));
				// every placeholder given: a text, a number, an empty text, a text with a brace
				const names = typeof stored === 'string' ? [...stored.matchAll(/\{\{\s*(\w+)\s*\}\}/g)] : [];
				if (names.length === 0) continue;
				filled++;
				for (const make of [(n: string) => ` ‹${n}› `, () => 12345.5, () => '', () => '{x}'] as const) {
					const values = Object.fromEntries(names.map(([, n]) => [n, make(n!)]));
					expect(t(key, values), key).toEqual(i18next(key, values));
					expect(t(key, { ...values, defaultValue: '' }), key).toEqual(
						i18next(key, { ...values, defaultValue: '' })
					);
				}
			}
			// most texts are plain, so the shortcut is taken for most calls; the rest have placeholders
			expect(plain / keys.length).toBeGreaterThan(0.5);
			expect(filled).toBeGreaterThan(50);
		});
	}

	it('takes the shortcut for a plain text, and leaves nesting, counts, other options and missing keys to i18next', () => {
		const t = createTranslator('nb', {
			a: {
				plain: 'Hei',
				value: 'Hei {{name}}',
				nested: '$t(a.plain) du',
				n_one: 'én',
				n_other: 'flere',
				empty: ''
			}
		}) as unknown as Call;
		const { instance } = translatorOf(t as never);
		const full = vi.spyOn(instance, 't');
		expect(t('a.plain')).toBe('Hei');
		expect(t('a.plain', { name: 'Kari', defaultValue: 'x' })).toBe('Hei');
		expect(t('a.value', { name: 'Kari' })).toBe('Hei Kari');
		expect(full).not.toHaveBeenCalled();

		expect(t('a.nested')).toBe('Hei du');
		expect(t('a.n', { count: 2 })).toBe('flere');
		expect(t('a.plain', { count: 1 })).toBe('Hei');
		expect(t('a.plain', { lng: 'nb' })).toBe('Hei');
		expect(t('a.empty')).toBe('');
		expect(t('a.missing', { defaultValue: 'reserve' })).toBe('reserve');
		expect(full.mock.calls.map(([key]) => key)).toEqual([
			'a.nested',
			'a.n',
			'a.plain',
			'a.plain',
			'a.empty',
			'a.missing'
		]);
	});

	it('fills simple placeholders itself when every value is a text or a number, and leaves the rest to i18next', () => {
		const t = createTranslator('nb', {
			a: { one: 'Hei {{name}}, du får {{ value }}', nested: 'Hei {{name}} $t(a.one)' }
		}) as unknown as Call;
		const { instance } = translatorOf(t as never);
		const full = vi.spyOn(instance, 't');
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

	it('returns a list of plain texts (or one plain text asked for as a list) itself, a list as a copy, and leaves other lists to i18next', () => {
		const t = createTranslator('nb', {
			a: { steps: ['Søk', 'Vent'], one: 'Søk', filled: ['Søk i {{kommune}}'], mixed: ['Søk', 7] }
		}) as unknown as Call;
		const { instance } = translatorOf(t as never);
		const full = vi.spyOn(instance, 't');
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

	it('sees texts added after it was made', async () => {
		const t = createTranslator('nb', { a: { x: 'før' } }) as unknown as Call;
		translatorOf(t as never).instance.addResourceBundle(
			'nb',
			'translation',
			{ b: { y: 'etter' } },
			true,
			true
		);
		expect(t('b.y')).toBe('etter');
		expect(t('a.x')).toBe('før');
	});
});
