import type { TFunction } from 'i18next';

/** A translate function as the layout provides it (`data.t`). Loosely typed so pure helpers can be tested. */
export type Translate = TFunction | ((key: string, options?: Record<string, unknown>) => unknown);

const MISSING = '\u0000missing\u0000';

/**
 * The text for `key`, or `null` when no translation exists (the rule files and their texts evolve separately, so
 * a missing text must never crash the page or show a raw key to a resident).
 */
export function lookup(t: Translate, key: string, values: Record<string, unknown> = {}): string | null {
	const out = (t as (k: string, o: Record<string, unknown>) => unknown)(key, {
		...values,
		defaultValue: MISSING
	});
	if (typeof out !== 'string' || out === MISSING || out === key || out.trim() === '') return null;
	return out;
}

/** A list text (an array in the locale file, or one string with one item per line); empty when missing. */
export function lookupList(t: Translate, key: string): string[] {
	const out = (t as (k: string, o: Record<string, unknown>) => unknown)(key, {
		returnObjects: true,
		defaultValue: MISSING
	});
	if (Array.isArray(out)) return out.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
	if (typeof out !== 'string' || out === MISSING || out === key) return [];
	return out
		.split('\n')
		.map((s) => s.replace(/^\s*[-•*]\s*/, '').trim())
		.filter(Boolean);
}
