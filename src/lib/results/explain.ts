import { formatKr, formatNumber, formatPercent } from '$lib/format';
import { languageMeta, type Lang } from '$lib/i18n/languages';
import type { Explain, RuleSet, SchemeVersion } from '$lib/rules';
import type { TFunction } from 'i18next';

type ExplainValue = Explain['values'][string];

/** How a number is written: money, a share (0.737 → 73,7 %), years, or a plain number. */
export type ValueKind = 'kr' | 'percent' | 'years' | 'number';
/** Money per period, so the text can say "i måneden" / "i året". */
export type Period = 'month' | 'year' | null;

export interface ValueFormat {
	kind: ValueKind;
	period: Period;
}

/** Reads a rule file unit (`kr/år`, `kr/mnd`, `kr`, `andel`, `år`, `vekt`, …). */
export function unitFormat(unit: string | undefined): ValueFormat {
	const u = (unit ?? '').trim();
	if (u.startsWith('kr')) {
		const period: Period = /\/\s*(mnd|måned)/.test(u) ? 'month' : /\/\s*år/.test(u) ? 'year' : null;
		return { kind: 'kr', period };
	}
	if (u === 'andel' || u === '%' || u === 'prosent') return { kind: 'percent', period: null };
	if (u === 'år') return { kind: 'years', period: null };
	return { kind: 'number', period: null };
}

/**
 * How to write each named value an explanation refers to, resolved the way the engine resolves explainValues: a
 * named value of the scheme (its `unit`), a parameter (dotted id, its `unit`), or an answer (an `amount` question
 * is kroner per month).
 */
export function formatResolver(
	rules: Pick<RuleSet, 'parameters' | 'questionById'>,
	def: Pick<SchemeVersion, 'values'> | undefined
): (name: string) => ValueFormat {
	return (name) => {
		const nv = def?.values?.[name];
		if (nv) return unitFormat(nv.unit);
		if (name.includes('.')) return unitFormat(rules.parameters[name]?.unit);
		const q = rules.questionById[name];
		if (q?.type === 'amount') return { kind: 'kr', period: 'month' };
		return { kind: 'number', period: null };
	};
}

/** One value as text in the page language; `null` (not known) as an empty string. */
export function formatValue(value: ExplainValue | undefined, fmt: ValueFormat, lang: Lang): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return '';
		switch (fmt.kind) {
			case 'kr':
				return formatKr(value, lang);
			case 'percent':
				return formatPercent(value, lang);
			case 'years':
			case 'number':
				return formatNumber(value, lang);
		}
	}
	if (typeof value === 'boolean') return value ? '✓' : '✗';
	if (Array.isArray(value)) return value.join(', ');
	return String(value);
}

/**
 * A value placed inside a sentence: in right-to-left languages it is wrapped in Unicode isolates (FSI … PDI, the
 * plain-text `<bdi>`) so `12 345 kr` is not reordered by the surrounding text; left-to-right text is left as is.
 */
export function isolate(text: string, lang: Lang): string {
	// Empty, or already isolated by format.ts (LRI … PDI): nothing to add.
	if (!text || /^[\u2066-\u2068]/.test(text)) return text;
	let dir: 'ltr' | 'rtl' = 'ltr';
	try {
		dir = languageMeta(lang).dir;
	} catch {
		dir = 'ltr';
	}
	return dir === 'rtl' ? `\u2068${text}\u2069` : text;
}

/** The explanation's values, formatted for interpolation (money as `12 345 kr`, isolated in RTL text). */
export function explainParams(
	values: Explain['values'],
	formatOf: (name: string) => ValueFormat,
	lang: Lang
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, v] of Object.entries(values))
		out[name] = isolate(formatValue(v, formatOf(name), lang), lang);
	return out;
}

/** The explanation in plain language, or '' when the rule's text is missing. */
export function explainText(
	t: TFunction,
	explain: Explain,
	formatOf: (name: string) => ValueFormat,
	lang: Lang
): string {
	return t(explain.key, { ...explainParams(explain.values, formatOf, lang), defaultValue: '' });
}

/** The key without its result suffix: `schemes.x.criteria.alder.met` → `schemes.x.criteria.alder`. */
export function explainBase(key: string): string {
	return key.replace(/\.(met|not-met|unknown|not-applicable)$/, '');
}

/** A value with its unit in words: `3 603 kr` + `i måneden`, `30 år`, `73,7 %`. */
export function formatWithUnit(
	t: TFunction,
	value: ExplainValue | undefined,
	fmt: ValueFormat,
	lang: Lang
): string {
	const text = formatValue(value, fmt, lang);
	if (!text) return '';
	if (fmt.kind === 'kr' && fmt.period)
		return t(`results.per.${fmt.period}`, { value: text, defaultValue: text });
	if (fmt.kind === 'years')
		return t('results.per.years', { value: text, count: Number(value), defaultValue: text });
	return text;
}
