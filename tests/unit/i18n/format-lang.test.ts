import { describe, expect, it } from 'vitest';
import { formatDate, formatKr, formatNumber, formatPercent, plainSpaces } from '$lib/format';
import { langCodes, languageMeta } from '$lib/i18n/languages';

const nonLatinDigits = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/;

describe('format.ts in every language', () => {
	it.each(langCodes)('%s: amounts, numbers, percents and dates use Latin digits', (lang) => {
		for (const out of [
			formatKr(1234567, lang),
			formatKr(-4500.5, lang, { decimals: true }),
			formatNumber(1234.5, lang),
			formatPercent(0.153, lang),
			formatDate('2026-11-26', lang)
		]) {
			expect(out, `${lang}: ${out}`).not.toMatch(nonLatinDigits);
			expect(out).toMatch(/\d/);
		}
		expect(formatDate('2026-11-26', lang)).toContain('2026');
	});

	it.each(langCodes)(
		'%s: an amount is isolated from the text around it exactly when the page is right-to-left',
		(lang) => {
			const rtl = languageMeta(lang).dir === 'rtl';
			for (const out of [formatKr(12345, lang), formatNumber(1234, lang), formatPercent(0.25, lang)]) {
				expect(out.startsWith('\u2066') && out.endsWith('\u2069'), `${lang}: ${JSON.stringify(out)}`).toBe(
					rtl
				);
				if (rtl) expect(out.slice(1, -1)).not.toMatch(/[\u200e\u200f\u061c\u2066-\u2069]/);
			}
		}
	);

	it('Arabic: Latin digits, NOK and Gregorian months, isolated for use inside Arabic sentences', () => {
		expect(plainSpaces(formatKr(12345, 'ar'))).toBe('12,345 NOK');
		expect(formatKr(12345, 'ar')).toBe('\u206612,345\u00a0NOK\u2069');
		expect(formatDate('2026-11-26', 'ar')).toBe('26 نوفمبر 2026');
	});

	it('Polish and Ukrainian group thousands with a space; Somali with a comma', () => {
		expect(plainSpaces(formatKr(12345, 'pl'))).toBe('12 345 NOK');
		expect(plainSpaces(formatKr(12345, 'uk'))).toBe('12 345 NOK');
		expect(plainSpaces(formatKr(12345, 'so'))).toBe('NOK 12,345');
	});
});
