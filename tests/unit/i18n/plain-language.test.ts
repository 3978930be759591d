import { describe, expect, it } from 'vitest';
import { flatten, namespaces, readLocale } from './keys';

/**
 * LIX (läsbarhetsindex): words per sentence + the share of words longer than six letters, in per cent.
 * - A placeholder `{{name}}` stands for one short word (a name or an amount the reader sees); HTML tags are dropped.
 * - A word is a run of letters and digits, joined by `-`, `'`, `’` or `.` inside it («IKT-løsninger», «f.eks», «12.000»);
 *   it is long when it has more than six letters.
 * - A sentence ends at `.`, `!`, `?` or `:` followed by a space or the end of the text; a text without one is one sentence.
 */
function lix(text: string): { words: number; lix: number } {
	const clean = text.replace(/\{\{[^}]*\}\}/g, ' x ').replace(/<[^>]+>/g, ' ');
	const words = clean.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? [];
	if (words.length === 0) return { words: 0, lix: 0 };
	const sentences = (clean.match(/[.!?:]+(?=\s|$)/g) ?? []).length || 1;
	const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
	return { words: words.length, lix: words.length / sentences + (100 * long) / words.length };
}

const MIN_WORDS = 15;
const HARD_LIMIT = 50;
const SOFT_LIMIT = 40;
const MAX_OVER_SOFT = 30;

function measured(lang: string) {
	return namespaces(lang).flatMap((ns) =>
		[...flatten(readLocale(lang, ns))]
			.map(([key, text]) => ({ key: `${ns}:${key}`, text, ...lix(text) }))
			.filter((t) => t.words >= MIN_WORDS)
	);
}

describe('lix', () => {
	it('counts words per sentence and the share of long words', () => {
		// 6 words, 2 sentences, 1 long word («bostøtte»): 3 + 100/6
		expect(lix('Du kan få bostøtte. Søk nå!').lix).toBeCloseTo(3 + 100 / 6);
		// a placeholder is one short word; a colon ends a sentence, a period inside a number does not
		expect(lix('{{kommune}} svarer: ring 12.000 familier.')).toEqual({ words: 5, lix: 5 / 2 + 100 / 5 });
		expect(lix('<strong>Husbanken</strong> bestemmer').words).toBe(2);
	});
});

describe('plain language in nb and nn (LIX of every text of 15 words or more)', () => {
	for (const lang of ['nb', 'nn']) {
		const texts = measured(lang);
		const show = (list: typeof texts) =>
			list.map((t) => `${t.lix.toFixed(0)} ${t.key}: ${t.text}`).join('\n');

		it(`${lang}: has texts to measure`, () => {
			expect(texts.length).toBeGreaterThan(150);
		});

		it(`${lang}: no text over LIX ${HARD_LIMIT}`, () => {
			const over = texts.filter((t) => t.lix > HARD_LIMIT).sort((a, b) => b.lix - a.lix);
			expect(over, show(over)).toEqual([]);
		});

		it(`${lang}: at most ${MAX_OVER_SOFT} texts over LIX ${SOFT_LIMIT}`, () => {
			const over = texts.filter((t) => t.lix > SOFT_LIMIT).sort((a, b) => b.lix - a.lix);
			expect(over.length, show(over)).toBeLessThanOrEqual(MAX_OVER_SOFT);
		});
	}
});
