/**
 * The one set of parsers for what people type (the question pages, the counselor page) and for dates read from
 * answer files and links, the way Norwegians write numbers: spaces or dots between thousands, a comma before
 * decimals, "kr" before or after, ",-" at the end. "12.500" is twelve thousand five hundred, never 12.5.
 * Digits of any script are read (an Arabic keyboard types ١٢٥٠٠, a Japanese one １２５００), and the Arabic
 * separators: ٬ between thousands, ٫ before decimals.
 */
export type ParseError =
	'required' | 'notNumber' | 'negative' | 'decimals' | 'notWhole' | 'tooLarge' | 'date' | 'dateRange';
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParseError };

/** The ceiling for an amount of kroner per month, whatever the question allows. */
export const MAX_KR_PER_MONTH = 10_000_000;

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const MINUS = /^[-\u2212\u2013]/;
/** Direction marks a right-to-left page or a copied number may carry; they are invisible and mean nothing here. */
const DIRECTION_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const ARABIC_THOUSANDS = /\u066c/g;
const ARABIC_DECIMAL = '\u066b';
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/**
 * Every decimal digit as ASCII, and full-width separators (typed by East Asian keyboards) as their ASCII twins.
 * Unicode encodes each script's digits 0–9 as one contiguous run, so a digit's value is its distance from the start
 * of the run of digits it stands in, modulo 10.
 */
export function asciiDigits(text: string): string {
	return text
		.replace(FULL_WIDTH, (c) => c.normalize('NFKC'))
		.replace(NON_ASCII_DIGIT, (digit) => {
			const code = digit.codePointAt(0)!;
			let start = code;
			while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
			return String((code - start) % 10);
		});
}

/** The text with ASCII digits and separators only; the Arabic decimal separator ٫ stays, as it is unambiguous. */
function normalise(text: string): string {
	return asciiDigits(text.replace(DIRECTION_MARKS, '')).replace(ARABIC_THOUSANDS, ' ');
}

function stripCurrency(text: string): string {
	return normalise(text)
		.replace(SPACES, ' ')
		.trim()
		.replace(/^(kr\.?|nok)\s*/i, '')
		.replace(/\s*(kr\.?|nok)$/i, '')
		.replace(/[,.]-$/, '')
		.replace(/ /g, '');
}

/** More significant digits than a double holds exactly: such a number is refused as too large, never rounded. */
const MAX_DIGITS = 15;

/**
 * Reads a non-negative decimal number with Norwegian or English separators; undefined when it is not one,
 * Infinity when it has more whole digits than can be kept exactly.
 */
function readNumber(text: string): { value: number; decimals: number } | undefined {
	const arabic = text.split(ARABIC_DECIMAL);
	if (arabic.length > 1) {
		const [whole, fraction] = arabic as [string, string];
		const sep = ['.', ','].find((s) => isGrouped(whole, s));
		const intPart = sep ? whole.split(sep).join('') : whole;
		if (arabic.length > 2 || !/^\d+$/.test(intPart) || !/^\d+$/.test(fraction)) return undefined;
		return toNumber(intPart, fraction);
	}
	if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return undefined;
	const dots = text.split('.').length - 1;
	const commas = text.split(',').length - 1;
	let intPart = text;
	let fraction = '';
	if (dots && commas) {
		const decimalSep = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
		const groupSep = decimalSep === ',' ? '.' : ',';
		if (text.split(decimalSep).length - 1 > 1) return undefined;
		[intPart, fraction] = text.split(decimalSep) as [string, string];
		if (!isGrouped(intPart, groupSep)) return undefined;
		intPart = intPart.split(groupSep).join('');
	} else if (dots || commas) {
		const sep = dots ? '.' : ',';
		if (isGrouped(text, sep) && (dots + commas > 1 || sep === '.' || text.split(sep)[1]!.length === 3)) {
			intPart = text.split(sep).join('');
		} else if (dots + commas === 1) {
			[intPart, fraction] = text.split(sep) as [string, string];
		} else return undefined;
	}
	return toNumber(intPart, fraction);
}

function toNumber(intPart: string, fraction: string): { value: number; decimals: number } | undefined {
	if (intPart.replace(/^0+/, '').length > MAX_DIGITS) return { value: Infinity, decimals: fraction.length };
	const value = Number(fraction ? `${intPart}.${fraction}` : intPart);
	return Number.isFinite(value) ? { value, decimals: fraction.length } : undefined;
}

/** `12.500` or `1,250,000`: groups of exactly three digits after the first. */
function isGrouped(text: string, sep: string): boolean {
	const parts = text.split(sep);
	return parts.length > 1 && /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function readSigned(text: string): Parsed<{ value: number; decimals: number }> {
	const cleaned = stripCurrency(text);
	if (cleaned === '') return { ok: false, error: text.trim() === '' ? 'required' : 'notNumber' };
	if (MINUS.test(cleaned)) {
		return readNumber(cleaned.replace(MINUS, ''))
			? { ok: false, error: 'negative' }
			: { ok: false, error: 'notNumber' };
	}
	const n = readNumber(cleaned);
	if (!n) return { ok: false, error: 'notNumber' };
	return n.value === Infinity ? { ok: false, error: 'tooLarge' } : { ok: true, value: n };
}

/** An amount in kroner, at most two decimals (øre), never negative, at most `max`. */
export function parseAmount(text: string, max = MAX_KR_PER_MONTH): Parsed<number> {
	const n = readSigned(text);
	if (!n.ok) return n;
	if (n.value.decimals > 2) return { ok: false, error: 'decimals' };
	if (n.value.value > max) return { ok: false, error: 'tooLarge' };
	return { ok: true, value: n.value.value };
}

/** A yearly amount as kroner per month, rounded to whole øre. */
export function perMonth(amount: number, period: 'month' | 'year'): number {
	return period === 'year' ? Math.round((amount / 12) * 100) / 100 : amount;
}

/** A whole number (people, years, kroner of wealth); `12 500` and `12.500` are twelve thousand five hundred. */
export function parseWholeNumber(text: string): Parsed<number> {
	const n = readSigned(text);
	if (!n.ok) return n;
	if (!Number.isInteger(n.value.value)) return { ok: false, error: 'notWhole' };
	return { ok: true, value: n.value.value };
}

/** The days a date may name, ISO `YYYY-MM-DD`; `to: null` is open-ended. */
export interface DateBounds {
	from: string;
	to: string | null;
}

/**
 * `17.05.2026`, `17.5.2026`, `17/5/2026`, `17-05-2026` or ISO `2026-05-17`, to ISO `YYYY-MM-DD`; with `bounds`
 * (the days the rules cover, see `ruleDates`), a real date outside them is `dateRange`.
 */
export function parseDate(text: string, bounds?: DateBounds): Parsed<string> {
	const t = normalise(text).replace(SPACES, '').trim();
	if (t === '') return { ok: false, error: 'required' };
	let y: number, m: number, d: number;
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
	const nor = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
	if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	else if (nor) [d, m, y] = [Number(nor[1]), Number(nor[2]), Number(nor[3])];
	else return { ok: false, error: 'date' };
	// setUTCFullYear, not Date.UTC: that reads the years 0–99 as 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		return { ok: false, error: 'date' };
	}
	const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	if (bounds && !withinDates(day, bounds)) return { ok: false, error: 'dateRange' };
	return { ok: true, value: day };
}

export const withinDates = (iso: string, bounds: DateBounds): boolean =>
	iso >= bounds.from && (bounds.to === null || iso <= bounds.to);
