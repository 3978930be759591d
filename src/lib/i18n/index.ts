import type { i18n, TFunction } from 'i18next';
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

interface Texts {
	lang: Lang;
	/** The texts, by namespace: the one store, which i18next (when loaded) reads too. */
	store: Messages;
	/** i18next, once `loadFullTranslator` has brought it. */
	instance?: i18n;
	full?: TFunction;
	loading?: Promise<void>;
	t: TFunction;
}

const translators = new WeakMap<TFunction, Texts>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The page's translator. It gives plain texts, texts with `{{name}}` placeholders, plurals by `count` and lists
 * itself, exactly as i18next gives them (tests/unit/i18n/plain-text.test.ts compares every text in every language);
 * anything else (nesting, context, ordinals, formats) is i18next's, brought by `loadFullTranslator` when a text
 * first needs it. No text in the locale files does today, so no page loads i18next's 15 KB (a sixth of a question
 * page's first load) or spends a task on it: bringing it when idle cost the results page 80–200 ms of
 * Lighthouse's blocking time (scripts/perf/README.md).
 */
export function createTranslator(lang: Lang, messages: Messages): TFunction {
	const texts = { lang, store: messages } as Texts;
	const resource = (key: string) => lookupPath(texts.store, key);
	// Every text is either plain or has simple `{{name}}` placeholders. i18next's full path for each (options,
	// resolving, interpolation, nesting, post-processing) was a good part of a question step and of a results
	// page's long tasks on a cheap phone, for a result that is the stored text, or it with the values put in.
	const t = ((key: unknown, options?: unknown): unknown => {
		// keys in order of preference (a question's own error text, then its type's, then the general one): the
		// first one there is, as i18next picks it
		if (Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string' && !k.includes(':'))) {
			const found = (key as string[]).find((k) => resource(k) !== undefined);
			if (found !== undefined) return (t as (key: string, options?: unknown) => unknown)(found, options);
		}
		if (typeof key === 'string' && !key.includes(':')) {
			const count = countOf(options);
			if (count !== undefined || plainOptions(options)) {
				const text =
					count === undefined ? resource(key) : pluralText(lang, count, (suffix) => resource(key + suffix));
				const found = count === undefined ? text : (text ?? resource(key));
				if (isPlainText(found) || found === '') return found;
				const filled = typeof found === 'string' ? fillSimple(found, options) : undefined;
				if (filled !== undefined) return filled;
				if (found === undefined && count === undefined) {
					// a call with its own default is probing whether an optional text exists (e.g. a question's hint)
					const fallback = defaultOf(options);
					if (fallback !== undefined) return fallback;
				}
			} else if (listOptions(options)) {
				// a list of plain texts (next steps, documents), or one plain text for it: i18next would translate
				// each item, to the same text
				const list = resource(key);
				if (isPlainText(list)) return list;
				if (Array.isArray(list) && list.length > 0 && list.every(isPlainText)) return [...list];
				if (list === undefined && defaultOf(options) !== undefined) return defaultOf(options);
			}
		}
		if (texts.full) return (texts.full as (key: unknown, options?: unknown) => unknown)(key, options);
		return notLoaded(texts, key, options);
	}) as TFunction;
	texts.t = t;
	translators.set(t, texts);
	return t;
}

/** Brings i18next into the translator, for the texts it does not give itself. */
export function loadFullTranslator(t: TFunction): Promise<void> {
	const texts = translators.get(t);
	if (!texts) throw new Error('Not a translator made by createTranslator');
	texts.loading ??= import('i18next').then(({ default: i18next }) => {
		const instance = i18next.createInstance();
		const { lang } = texts;
		void instance.init({
			lng: lang,
			// No fallback language: the browser loads only the current language, and a gap must show up in tests.
			fallbackLng: false,
			resources: { [lang]: { translation: texts.store } },
			initAsync: false,
			returnNull: false,
			interpolation: { escapeValue: false },
			saveMissing: true,
			missingKeyHandler: (_lngs, _ns, key, _fallback, _update, options) => {
				if ((options as { defaultValue?: unknown } | undefined)?.defaultValue === undefined)
					onMissing(lang, key);
			}
		});
		texts.instance = instance;
		texts.full = instance.getFixedT(lang);
	});
	return texts.loading;
}

/**
 * A text the translator does not give itself, asked for before i18next has come. A missing key is reported as
 * i18next reports it (and comes back as the key, which `lookup` in results/text.ts recognises); any other is a
 * shape the fast path should learn, which tests must see: a resident gets the stored text with what
 * placeholders can be filled.
 */
function notLoaded(texts: Texts, key: unknown, options: unknown): unknown {
	const text = typeof key === 'string' ? lookupPath(texts.store, key) : undefined;
	if (typeof key === 'string' && text === undefined) {
		onMissing(texts.lang, key);
		return key;
	}
	const message = `[i18n] "${String(key)}" with ${JSON.stringify(options)} needs i18next, which has not come yet`;
	if (import.meta.env?.MODE === 'test') throw new Error(message);
	console.error(message);
	void loadFullTranslator(texts.t);
	if (typeof text !== 'string') return defaultOf(options) ?? '';
	return text.replace(SIMPLE, (whole, name: string) => {
		const value = (options as Record<string, unknown> | undefined)?.[name];
		return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
	});
}

function lookupPath(store: Messages, key: string): unknown {
	let node: unknown = store;
	for (const part of key.split('.')) {
		if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return node;
}

/** `count` as i18next reads it for plurals: a number, alone or with placeholder values. */
function countOf(options: unknown): number | undefined {
	if (!options || typeof options !== 'object') return undefined;
	const o = options as Record<string, unknown>;
	if (typeof o.count !== 'number') return undefined;
	for (const name in o) if (name !== 'count' && SELECTING.has(name)) return undefined;
	return o.count;
}

/** i18next's plural lookup: `_zero` for 0 when the text has one, then the language's category, then the bare key. */
function pluralText(lang: Lang, count: number, at: (suffix: string) => unknown): unknown {
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
	const zero = count === 0 ? at('_zero') : undefined;
	return typeof zero === 'string' ? zero : at(`_${rules.select(count)}`);
}

function defaultOf(options: unknown): string | undefined {
	const fallback = (options as { defaultValue?: unknown } | undefined)?.defaultValue;
	return typeof fallback === 'string' && !fallback.includes('{{') && !fallback.includes('$t(')
		? fallback
		: undefined;
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
	for (const name in options)
		// a `count` that is a text is only a placeholder's value to i18next, not a plural's
		if (
			SELECTING.has(name) &&
			!(name === 'count' && typeof (options as { count?: unknown }).count === 'string')
		)
			return false;
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
	const messages = await loadMessages(translatorOf(t).lang, namespaces);
	addTexts(t, messages);
	return messages;
}

/** Adds texts to the translator's store (deep, overwriting), where i18next too finds them once loaded. */
export function addTexts(t: TFunction, messages: Messages): void {
	const texts = translatorOf(t);
	deepMerge(texts.store, messages);
	texts.instance?.addResourceBundle(texts.lang, 'translation', messages, true, true);
}

function deepMerge(target: Messages, source: Messages): void {
	for (const [key, value] of Object.entries(source)) {
		const current = target[key];
		if (isRecord(current) && isRecord(value)) deepMerge(current, value);
		else target[key] = value;
	}
}

const isRecord = (x: unknown): x is Messages => !!x && typeof x === 'object' && !Array.isArray(x);

/** Whether the translator has a text under this key (a page may hold only some of its namespace, see question-texts.ts). */
export function hasText(t: TFunction, key: string): boolean {
	const text = lookupPath(translatorOf(t).store, key);
	return typeof text === 'string' && text !== '';
}

/** The translator's texts and, once loaded, its i18next instance. */
export function translatorOf(t: TFunction): Readonly<Texts> {
	const found = translators.get(t);
	if (!found) throw new Error('Not a translator made by createTranslator');
	return found;
}
