import { languageMeta, type Lang } from './i18n/languages';

function locale(lang: Lang): string {
	// Latin digits and the Gregorian calendar in every language, as in letters from Husbanken, NAV and the kommune.
	return `${languageMeta(lang).intl}-u-ca-gregory-nu-latn`;
}

// Building an Intl formatter costs far more than using one (a results page formats hundreds of amounts), so
// each language-and-options pair is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(lang), options)));
	return format;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * In a right-to-left page an amount ("12,345 NOK") is a left-to-right island inside Arabic text. Wrapping it in
 * LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE (the plain-text form of `<bdi dir="ltr">`) keeps digits, sign and
 * currency in order wherever the string ends up, including inside translated sentences via {{value}}. ICU's own
 * RLM/LRM marks are dropped inside the isolate.
 */
function isolate(text: string, lang: Lang): string {
	if (languageMeta(lang).dir !== 'rtl') return text;
	return `\u2066${text.replace(/[\u200e\u200f\u061c]/g, '')}\u2069`;
}

/** Whole kroner as Norwegians read them: `12 345 kr` (nb/nn), with the page language's grouping. */
export function formatKr(amount: number, lang: Lang, opts: { decimals?: boolean } = {}): string {
	const text = numberFormat(lang, {
		style: 'currency',
		currency: 'NOK',
		currencyDisplay: lang === 'en' ? 'code' : 'symbol',
		minimumFractionDigits: opts.decimals ? 2 : 0,
		maximumFractionDigits: opts.decimals ? 2 : 0
	}).format(amount);
	return isolate(text, lang);
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
	return isolate(numberFormat(lang, { maximumFractionDigits }).format(value), lang);
}

export function formatPercent(fraction: number, lang: Lang): string {
	return isolate(numberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(fraction), lang);
}

/** ISO `YYYY-MM-DD` to a long date in the page language, e.g. `26. november 2026`. */
export function formatDate(iso: string, lang: Lang): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y || !m || !d) throw new Error(`formatDate expects YYYY-MM-DD, got "${iso}"`);
	let format = dateFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(locale(lang), {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		dateFormats.set(lang, format);
	}
	return format.format(new Date(Date.UTC(y, m - 1, d)));
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** ISO `YYYY-MM-DD` to its month in the page language, e.g. `januar 2027` (a rate period). */
export function formatMonth(iso: string, lang: Lang): string {
	const [y, m] = iso.split('-').map(Number);
	if (!y || !m) throw new Error(`formatMonth expects YYYY-MM-DD, got "${iso}"`);
	let format = monthFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });
		monthFormats.set(lang, format);
	}
	return format.format(new Date(Date.UTC(y, m - 1, 1)));
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** Names joined as a sentence does in the page language: `a, b og c`. */
export function formatList(items: readonly string[], lang: Lang): string {
	let format = listFormats.get(lang);
	if (!format) listFormats.set(lang, (format = new Intl.ListFormat(locale(lang), { type: 'conjunction' })));
	return format.format(items);
}

/**
 * The first Intl formatter of a page loads ICU's locale data: 20–60 ms of one task on the main thread, measured on
 * the 2-core test machine without throttling. The data, once loaded, is shared by the page's threads, so a worker
 * that builds formatters of the same kinds first takes that cost off the main thread; the main thread's first one
 * then costs a fraction of a millisecond. Resolves when the worker is done, at once where there are no workers, and
 * after `timeoutMs` at the latest (the formatters then load on the main thread, as without it).
 */
export function warmFormats(lang: Lang, timeoutMs = 1500): Promise<void> {
	if (warmed.has(lang)) return warmed.get(lang)!;
	const done = new Promise<void>((resolve) => {
		if (typeof Worker === 'undefined') return resolve();
		let worker: Worker;
		try {
			worker = new Worker(new URL('./intl-warm.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			return resolve();
		}
		const finish = () => {
			clearTimeout(timer);
			worker.terminate();
			resolve();
		};
		const timer = setTimeout(finish, timeoutMs);
		worker.onmessage = finish;
		worker.onerror = finish;
		worker.postMessage({ locale: locale(lang) });
	});
	warmed.set(lang, done);
	return done;
}
const warmed = new Map<Lang, Promise<void>>();

/** Normalises the no-break and narrow spaces, the Unicode minus and the bidi marks Intl and isolate() emit, for comparisons in tests. */
export function plainSpaces(text: string): string {
	return text
		.replace(/[\u00a0\u202f\u2009]/g, ' ')
		.replace(/\u2212/g, '-')
		.replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '');
}
