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

/** Keys found missing, as `lang:key`: each is reported once. */
const missing = new Set<string>();

/**
 * A missing key must never reach a page as a raw key. The unit tests (tests/unit/i18n) compare every locale's keys
 * with nb; at run time a missing key is logged (so it shows in the prerender output) and, under vitest, thrown. A
 * call with its own `defaultValue` is probing for an optional text (a question's hint) and is not a fault.
 */
function onMissing(lang: string, key: string): void {
	const id = `${lang}:${key}`;
	if (missing.has(id)) return;
	missing.add(id);
	console.error(`[i18n] missing translation key "${key}" in "${lang}"`);
	if (import.meta.env?.MODE === 'test')
		throw new Error(`[i18n] missing translation key "${key}" in "${lang}"`);
}

/**
 * The page's i18next, with the texts already loaded, ready at once (no backend: the texts came with the page's
 * code, and a page must render its own texts on the first paint, on the server as in the browser). All texts are in
 * one i18next namespace, with the locale file's name as the first part of the key.
 */
export function createI18n(lang: Lang, messages: Messages): i18n {
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
		missingKeyHandler: (_lngs, _ns, key, _fallback, _update, options) => {
			if ((options as { defaultValue?: unknown } | undefined)?.defaultValue === undefined)
				onMissing(lang, key);
		}
	});
	return instance;
}

/**
 * Adds texts to the page's i18next and gives the `t` to show them with: a new function, so that what a component
 * renders with it is rendered again.
 */
export function addMessages(texts: i18n, messages: Messages): TFunction {
	texts.addResourceBundle(texts.language, 'translation', messages, true, true);
	return texts.getFixedT(texts.language);
}

/** Loads more of the language's namespaces into the page's i18next (a page that needs them after its first paint). */
export async function addNamespaces(texts: i18n, namespaces: readonly string[]): Promise<TFunction> {
	return addMessages(texts, await loadMessages(texts.language as Lang, namespaces));
}
