import { describe, expect, it } from 'vitest';
import { createTranslator, loadMessages } from '../../../src/lib/i18n';
import { langCodes } from '../../../src/lib/i18n/languages';
import { lookup, plainText, withMessages, type Translate } from '../../../src/lib/results/text';

function leafKeys(node: unknown, prefix = ''): string[] {
	if (!node || typeof node !== 'object' || Array.isArray(node)) return prefix ? [prefix] : [];
	return Object.entries(node).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('lookup without i18next for plain texts', () => {
	for (const lang of langCodes) {
		it(`gives what i18next gives for every text in ${lang}`, async () => {
			const messages = await loadMessages(lang);
			const t = createTranslator(lang, messages);
			const fast = withMessages(t, messages);
			const slow: Translate = Object.assign(
				(key: string, options?: Record<string, unknown>) => t(key, options),
				{
					has: fast.has
				}
			);
			const keys = leafKeys(messages);
			expect(keys.length).toBeGreaterThan(500);
			let plain = 0;
			for (const key of keys) {
				if (plainText(messages, key) !== undefined) plain++;
				for (const values of [{}, { value: '12 345 kr', name: 'Bostøtte', kommune: 'Aurskog-Høland' }])
					expect(lookup(fast, key, values), key).toBe(lookup(slow, key, values));
			}
			// most texts are plain, so the shortcut is taken for most lookups
			expect(plain / keys.length).toBeGreaterThan(0.5);
		});
	}

	it('leaves placeholders, nesting, counts and missing keys to i18next', () => {
		const messages = {
			a: { plain: 'Hei', value: 'Hei {{name}}', nested: '$t(a.plain) du', n_one: 'én', n_other: 'flere' }
		};
		expect(plainText(messages, 'a.plain')).toBe('Hei');
		expect(plainText(messages, 'a.value')).toBeUndefined();
		expect(plainText(messages, 'a.nested')).toBeUndefined();
		expect(plainText(messages, 'a.n')).toBeUndefined();
		expect(plainText(messages, 'a.missing')).toBeUndefined();
		expect(plainText(messages, 'a')).toBeUndefined();
		const calls: string[] = [];
		const t = withMessages((key: string) => {
			calls.push(key);
			return key === 'a.n' ? 'flere' : `i18next:${key}`;
		}, messages);
		expect(lookup(t, 'a.plain')).toBe('Hei');
		expect(lookup(t, 'a.plain', { count: 2 })).toBe('i18next:a.plain');
		expect(lookup(t, 'a.value', { name: 'Kari' })).toBe('i18next:a.value');
		expect(calls).toEqual(['a.plain', 'a.value']);
	});
});
