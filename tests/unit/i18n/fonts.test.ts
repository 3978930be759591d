import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatKr, formatNumber, formatPercent, formatDate } from '$lib/format';
import { langCodes } from '$lib/i18n/languages';

// Inter is cut to the characters our texts use (scripts/fonts/subset-inter.py); one outside every unicode-range of
// src/lib/styles/fonts.css would be drawn in another font, in the middle of a word.
const css = readFileSync('src/lib/styles/fonts.css', 'utf8');
const ranges = [...css.matchAll(/unicode-range:([^;]+);/g)].flatMap((m) =>
	(m[1] ?? '').split(',').map((part) => {
		const [first = '', last = first] = part.trim().replace(/^U\+/, '').split('-');
		return [parseInt(first, 16), parseInt(last, 16)] as const;
	})
);
const covered = (point: number) => ranges.some(([first, last]) => point >= first && point <= last);
// Format controls (bidi marks and isolates, the byte-order mark) are never drawn. No file of
// @fontsource-variable/inter has → or ≈: they were always drawn in the system font.
const notInInter = new Set(['→', '≈']);
const drawn = (char: string) => !/[\p{Cf}\p{Cc}]/u.test(char) && !notInInter.has(char);

function uncovered(text: string): string[] {
	return [...new Set(text)].filter((c) => drawn(c) && !covered(c.codePointAt(0)!)).sort();
}

function jsonFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.json'))
		.map((e) => join(e.parentPath, e.name));
}

describe('Inter covers every character our pages show', () => {
	it('fonts.css declares the three subsets', () => {
		expect(ranges.length).toBeGreaterThan(20);
		expect(covered(0x00e5)).toBe(true); // å
		expect(covered(0x0491)).toBe(true); // ґ
		expect(covered(0x0142)).toBe(true); // ł
		expect(covered(0x2030)).toBe(false); // ‰ is not in the cut font: a text with it fails the checks below
	});

	it.each(langCodes.filter((lang) => lang !== 'ar'))('%s: every locale text and formatted figure', (lang) => {
		const texts = jsonFiles(`src/lib/i18n/locales/${lang}`).map((f) => readFileSync(f, 'utf8'));
		const figures = [
			formatKr(-12345.5, lang, { decimals: true }),
			formatNumber(1234.5, lang),
			formatPercent(0.153, lang),
			formatDate('2026-11-26', lang)
		];
		expect(uncovered([...texts, ...figures].join(''))).toEqual([]);
	});

	it('every rule, question and municipality file', () => {
		expect(
			uncovered(
				jsonFiles('rules')
					.map((f) => readFileSync(f, 'utf8'))
					.join('')
			)
		).toEqual([]);
	});
});
