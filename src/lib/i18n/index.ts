import i18next, { type TFunction } from 'i18next';
import type { Lang } from './languages';

export type Messages = Record<string, unknown>;

/**
 * Every locale folder holds one JSON file per namespace (common, questions, schemes); each is mounted under its
 * file name, so `schemes.json` key `bostotte.name` is `schemes.bostotte.name`. Loaded lazily: the browser fetches
 * only the current language.
 */
const localeFiles = import.meta.glob<Messages>('./locales/*/*.json', { import: 'default' });

export async function loadMessages(lang: Lang): Promise<Messages> {
	const prefix = `./locales/${lang}/`;
	const entries = Object.entries(localeFiles).filter(([path]) => path.startsWith(prefix));
	if (entries.length === 0) throw new Error(`No translations found for language "${lang}"`);
	const loaded = await Promise.all(
		entries.map(async ([path, load]) => [path.slice(prefix.length, -'.json'.length), await load()] as const)
	);
	return Object.fromEntries(loaded);
}

export function createTranslator(lang: Lang, messages: Messages): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		resources: { [lang]: { translation: messages } },
		initAsync: false,
		returnNull: false,
		interpolation: { escapeValue: false },
		missingKeyHandler: false,
		saveMissing: false
	});
	return instance.getFixedT(lang);
}
