import { describe, expect, it } from 'vitest';
import { formatDate, formatKr, plainSpaces } from '$lib/format';
import { bestLanguage } from '$lib/i18n/languages';

describe('formatKr', () => {
	it('writes kroner as Norwegians read them', () => {
		expect(plainSpaces(formatKr(12345, 'nb'))).toBe('12 345 kr');
		expect(plainSpaces(formatKr(12345, 'nn'))).toBe('12 345 kr');
		expect(plainSpaces(formatKr(3603.4, 'nb'))).toBe('3 603 kr');
		expect(plainSpaces(formatKr(12500.5, 'nb', { decimals: true }))).toBe('12 500,50 kr');
	});

	it('uses the page language in English, with Latin digits', () => {
		expect(plainSpaces(formatKr(12345, 'en'))).toBe('NOK 12,345');
	});

	it('uses a no-break space so an amount never wraps', () => {
		expect(formatKr(1000, 'nb')).toMatch(/^1\u00a0000\u00a0kr$/);
	});
});

describe('formatDate', () => {
	it('formats ISO dates in the page language', () => {
		expect(formatDate('2026-11-26', 'nb')).toBe('26. november 2026');
		expect(formatDate('2026-11-26', 'en')).toBe('26 November 2026');
	});

	it('rejects anything but YYYY-MM-DD', () => {
		expect(() => formatDate('26.11.2026', 'nb')).toThrow(/YYYY-MM-DD/);
	});
});

describe('bestLanguage', () => {
	it('maps Norwegian tags to bokmål or nynorsk', () => {
		expect(bestLanguage(['no'])).toBe('nb');
		expect(bestLanguage(['nb-NO', 'en'])).toBe('nb');
		expect(bestLanguage(['nn-NO'])).toBe('nn');
	});

	it('takes the first supported language in order of preference', () => {
		expect(bestLanguage(['de-DE', 'en-US', 'nb'])).toBe('en');
	});

	it('falls back to bokmål when nothing matches', () => {
		expect(bestLanguage(['de', 'fr'])).toBe('nb');
		expect(bestLanguage([])).toBe('nb');
	});
});
