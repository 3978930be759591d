import type { TFunction } from 'i18next';

type TLike = (key: string, options?: Record<string, unknown>) => unknown;

/**
 * A translate function as the layout provides it (`data.t`), optionally with `has` (from `withMessages`) so that
 * optional texts can be probed without tripping the i18n missing-key handler (which logs, and throws under vitest).
 */
export type Translate = TFunction & { has?: (key: string) => boolean };

const MISSING = '\u0000missing\u0000';
const PLURALS = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** True when `key` (a dotted path, or its plural forms) holds a text or a list in `messages`. */
export function hasKey(messages: Record<string, unknown>, key: string): boolean {
	const parts = key.split('.');
	const last = parts.pop()!;
	let node: unknown = messages;
	for (const p of parts) {
		if (!node || typeof node !== 'object' || !Object.hasOwn(node, p)) return false;
		node = (node as Record<string, unknown>)[p];
	}
	if (!node || typeof node !== 'object') return false;
	const obj = node as Record<string, unknown>;
	const usable = (v: unknown) =>
		(typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0);
	if (Object.hasOwn(obj, last) && usable(obj[last])) return true;
	return PLURALS.some((s) => Object.hasOwn(obj, last + s) && usable(obj[last + s]));
}

/** Wraps the layout's `t` with knowledge of the loaded messages, so `lookup` can ask before it translates. */
export function withMessages(t: TFunction | TLike, messages: Record<string, unknown>): Translate {
	const f = ((key: string, options?: Record<string, unknown>) => (t as TLike)(key, options)) as Translate;
	f.has = (key: string) => hasKey(messages, key);
	return f;
}

/**
 * The text for `key`, or `null` when no translation exists (the rule files and their texts evolve separately, so
 * a missing text must never crash the page or show a raw key to a resident).
 */
export function lookup(t: Translate, key: string, values: Record<string, unknown> = {}): string | null {
	if (t.has && !t.has(key)) return null;
	const out = (t as TLike)(key, t.has ? values : { ...values, defaultValue: MISSING });
	if (typeof out !== 'string' || out === MISSING || out === key || out.trim() === '') return null;
	return out;
}

/** A list text (an array in the locale file, or one string with one item per line); empty when missing. */
export function lookupList(t: Translate, key: string): string[] {
	if (t.has && !t.has(key)) return [];
	const out = (t as TLike)(
		key,
		t.has ? { returnObjects: true } : { returnObjects: true, defaultValue: MISSING }
	);
	if (Array.isArray(out)) return out.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
	if (typeof out !== 'string' || out === MISSING || out === key) return [];
	return out
		.split('\n')
		.map((s) => s.replace(/^\s*[-•*]\s*/, '').trim())
		.filter(Boolean);
}
