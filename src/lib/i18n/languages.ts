export type Lang = 'nb' | 'nn' | 'en';

export interface LanguageMeta {
	code: Lang;
	/** The language's own name, for the switcher. */
	name: string;
	dir: 'ltr' | 'rtl';
	/** BCP 47 locale for Intl; Latin digits everywhere because the forms people fill in use them. */
	intl: string;
	status: 'source' | 'complete' | 'translated' | 'reviewed';
}

export const languages: readonly LanguageMeta[] = [
	{ code: 'nb', name: 'Bokmål', dir: 'ltr', intl: 'nb-NO', status: 'source' },
	{ code: 'nn', name: 'Nynorsk', dir: 'ltr', intl: 'nn-NO', status: 'complete' },
	{ code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB', status: 'complete' }
];

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
