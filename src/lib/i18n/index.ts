import i18next, { type i18n, type TFunction } from 'i18next';
import type { Lang } from './languages';

export type Messages = Record<string, unknown>;

/**
 * Every locale folder holds one JSON file per namespace (common, questions, schemes); each is mounted under its
 * file name, so `schemes.json` key `bostotte.name` is `schemes.bostotte.name`. Loaded lazily: the browser fetches
 * only the current language.
 */
const localeFiles = import.meta.glob<Messages>('./locales/*/*.json', { import: 'default' });

/** Loads the language's namespaces (all of them when none are named): a page fetches only the texts it shows. */
export async function loadMessages(lang: Lang, namespaces?: readonly string[]): Promise<Messages> {
	const prefix = `./locales/${lang}/`;
	const wanted = (path: string) =>
		!namespaces || namespaces.includes(path.slice(prefix.length, -'.json'.length));
	const entries = Object.entries(localeFiles).filter(([path]) => path.startsWith(prefix) && wanted(path));
	if (entries.length === 0) throw new Error(`No translations found for language "${lang}"`);
	const loaded = await Promise.all(
		entries.map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const)
	);
	return Object.fromEntries(loaded);
}

const missing = new Set<string>();

/** Keys asked for but missing in their language, as `lang:key` (tests and the prerender log read this). */
export function missingKeys(): string[] {
	return [...missing];
}

/**
 * A missing key must never reach a page as a raw key. The unit tests (tests/unit/i18n) compare every locale's keys
 * with nb; at run time a missing key is logged (so it shows in the prerender output) and, under vitest, thrown.
 */
function onMissing(lang: Lang, key: string): void {
	const id = `${lang}:${key}`;
	if (missing.has(id)) return;
	missing.add(id);
	console.error(`[i18n] missing translation key "${key}" in "${lang}"`);
	if (import.meta.env?.MODE === 'test')
		throw new Error(`[i18n] missing translation key "${key}" in "${lang}"`);
}

const instances = new WeakMap<TFunction, { lang: Lang; instance: i18n }>();

export function createTranslator(lang: Lang, messages: Messages): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		// No fallback language: the browser loads only the current language, and a gap must show up in tests.
		fallbackLng: false,
		resources: { [lang]: { translation: messages } },
		initAsync: false,
		returnNull: false,
		interpolation: { escapeValue: false },
		saveMissing: true,
		// A call with its own defaultValue is probing whether an optional text exists (e.g. a question's hint).
		missingKeyHandler: (_lngs, _ns, key, _fallback, _update, options) => {
			if ((options as { defaultValue?: unknown } | undefined)?.defaultValue === undefined)
				onMissing(lang, key);
		}
	});
	const full = instance.getFixedT(lang);
	// Every text is either plain or has simple `{{name}}` placeholders. i18next's full path for each (options,
	// resolving, interpolation, nesting, post-processing) was a good part of a question step and of a results
	// page's long tasks on a cheap phone, for a result that is the stored text, or it with the values put in.
	const t = ((key: unknown, options?: unknown) => {
		if (typeof key === 'string' && !key.includes(':')) {
			if (plainOptions(options)) {
				const text = instance.getResource(lang, 'translation', key);
				if (isPlainText(text)) return text;
				const filled = typeof text === 'string' ? fillSimple(text, options) : undefined;
				if (filled !== undefined) return filled;
			} else if (listOptions(options)) {
				// a list of plain texts (next steps, documents), or one plain text for it: i18next would translate
				// each item, to the same text
				const list = instance.getResource(lang, 'translation', key);
				if (isPlainText(list)) return list;
				if (Array.isArray(list) && list.length > 0 && list.every(isPlainText)) return [...list];
			}
		}
		return (full as (key: unknown, options?: unknown) => unknown)(key, options);
	}) as TFunction;
	instances.set(t, { lang, instance });
	return t;
}

/** Options that change which text i18next picks or how it returns it; without them a plain text comes back as is. */
const SELECTING = new Set([
	'count',
	'context',
	'ordinal',
	'returnObjects',
	'returnDetails',
	'joinArrays',
	'lng',
	'lngs',
	'ns',
	'keyPrefix',
	'postProcess',
	'interpolation',
	'keySeparator',
	'nsSeparator'
]);

function plainOptions(options: unknown): boolean {
	if (options === undefined) return true;
	if (!options || typeof options !== 'object' || Array.isArray(options)) return false;
	for (const name in options) if (SELECTING.has(name)) return false;
	return true;
}

const SIMPLE = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * The text with its `{{name}}` placeholders filled as i18next fills them (no escaping: escapeValue is off), when
 * every placeholder is a bare name with a string or number value; otherwise undefined (i18next does it). A value
 * with `$` could mean nesting or a replacement pattern to i18next, so it goes there too.
 */
function fillSimple(text: string, options: unknown): string | undefined {
	if (text.includes('$t(') || !options) return undefined;
	const values = options as Record<string, unknown>;
	let complete = true;
	const filled = text.replace(SIMPLE, (_, name: string) => {
		const value = Object.hasOwn(values, name) ? values[name] : undefined;
		if (
			typeof value === 'string' ? value.includes('$') : typeof value !== 'number' || !Number.isFinite(value)
		)
			complete = false;
		return String(value);
	});
	return complete && !filled.includes('{{') ? filled : undefined;
}

/** Only `returnObjects: true` (and a default): how lists are asked for. */
function listOptions(options: unknown): boolean {
	if (!options || typeof options !== 'object') return false;
	const o = options as Record<string, unknown>;
	return (
		o.returnObjects === true && Object.keys(o).every((k) => k === 'returnObjects' || k === 'defaultValue')
	);
}

/** A text i18next returns unchanged: no `{{placeholder}}` and no `$t(nesting)`. */
export function isPlainText(text: unknown): text is string {
	return typeof text === 'string' && text !== '' && !text.includes('{{') && !text.includes('$t(');
}

/** Loads more of the language's namespaces into a translator (a page that needs them only after its first paint). */
export async function addNamespaces(t: TFunction, namespaces: readonly string[]): Promise<Messages> {
	const { lang, instance } = translatorOf(t);
	const messages = await loadMessages(lang, namespaces);
	instance.addResourceBundle(lang, 'translation', messages, true, true);
	return messages;
}

/** The i18next instance behind a translator, to add texts to it later (see question-texts.ts). */
export function translatorOf(t: TFunction) {
	const found = instances.get(t);
	if (!found) throw new Error('Not a translator made by createTranslator');
	return found;
}
