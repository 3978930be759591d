export type Lang = 'nb' | 'nn' | 'en' | 'pl' | 'uk' | 'ar' | 'so';

/**
 * - `source`: bokmål, the text everything is translated from.
 * - `complete`: every key translated and checked by the team (tier 1).
 * - `translated`: every key translated, machine-assisted by an AI model and not yet reviewed by a human; the
 *   page shows a notice (in the language and in Norwegian) that the Norwegian text applies.
 * - `reviewed`: checked by a qualified human translator; no notice.
 */
export type LanguageStatus = 'source' | 'complete' | 'translated' | 'reviewed';

export interface LanguageMeta {
	code: Lang;
	/** The language's own name, for the switcher. */
	name: string;
	dir: 'ltr' | 'rtl';
	/** BCP 47 locale for Intl; format.ts adds `-u-ca-gregory-nu-latn` (Latin digits, Gregorian calendar) because the letters and forms people get use them. */
	intl: string;
	status: LanguageStatus;
	/** 1: everything incl. legal texts; 2: the whole wizard, results and print-out. */
	tier: 1 | 2;
}

const allLanguages: readonly LanguageMeta[] = [
	{ code: 'nb', name: 'Bokmål', dir: 'ltr', intl: 'nb-NO', status: 'source', tier: 1 },
	{ code: 'nn', name: 'Nynorsk', dir: 'ltr', intl: 'nn-NO', status: 'complete', tier: 1 },
	{ code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB', status: 'complete', tier: 1 },
	{ code: 'pl', name: 'Polski', dir: 'ltr', intl: 'pl-PL', status: 'translated', tier: 2 },
	{ code: 'uk', name: 'Українська', dir: 'ltr', intl: 'uk-UA', status: 'translated', tier: 2 },
	{ code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar', status: 'translated', tier: 2 },
	{ code: 'so', name: 'Soomaali', dir: 'ltr', intl: 'so-SO', status: 'translated', tier: 2 }
];

/** Languages switched on; a tier-2 language is added once all its namespaces are translated. */
const enabled: readonly Lang[] = ['nb', 'nn', 'en', 'pl', 'uk', 'ar', 'so'];

export const languages: readonly LanguageMeta[] = allLanguages.filter((l) => enabled.includes(l.code));

export const sourceLang: Lang = 'nb';
export const langCodes = languages.map((l) => l.code);

export function isLang(value: string | undefined): value is Lang {
	return value !== undefined && (langCodes as string[]).includes(value);
}

export function languageMeta(code: Lang): LanguageMeta {
	const meta = languages.find((l) => l.code === code);
	if (!meta) throw new Error(`Unknown language "${code}"`);
	return meta;
}

/** True while a translation has not been checked by a human: the page then shows LanguageNotice. */
export function needsNotice(code: Lang): boolean {
	return languageMeta(code).status === 'translated';
}

/** Picks the best supported language for a browser's `navigator.languages`; nb when nothing matches. */
export function bestLanguage(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const lower = tag.toLowerCase();
		const primary = lower.split('-')[0];
		if (lower === 'no' || lower.startsWith('no-') || primary === 'nb') return 'nb';
		if (primary === 'nn') return 'nn';
		if (isLang(primary)) return primary;
	}
	return sourceLang;
}
