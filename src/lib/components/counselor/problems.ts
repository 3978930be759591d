import { formatDate, formatKr, formatNumber } from '$lib/format';
import type { Lang } from '$lib/i18n/languages';
import { ruleDates, type RuleSet } from '$lib/rules';
import { questionLabel, type Problem, type T } from '$lib/handover';

/**
 * What a question accepts, in words ("et beløp i kroner mellom 0 og 10 000 000"); a choice is "one of the
 * question's options", never the list of them (the national build has 357 municipalities).
 */
export function expectedText(t: T, rules: RuleSet, id: string, lang: Lang): string {
	const q = Object.hasOwn(rules.questionById, id) ? rules.questionById[id] : undefined;
	if (!q) return '';
	const limit = (n: number) => (q.unit === 'kr' ? formatKr(n, lang) : formatNumber(n, lang));
	const range =
		q.min !== undefined && q.max !== undefined
			? t('counselor.expected.range', { min: limit(q.min), max: limit(q.max) })
			: '';
	return t(`counselor.expected.${q.type}`, { range }) as string;
}

/** The days the rules cover, in words ("mellom 1. januar 2024 og 31. desember 2027"). */
export function datesText(t: T, rules: RuleSet, lang: Lang): string {
	const { from, to } = ruleDates(rules);
	return t('counselor.dates.between', { from: formatDate(from, lang), to: formatDate(to, lang) }) as string;
}

/**
 * One problem as a sentence naming the field (or the link), what was expected and what was found. A link's
 * problems are said as the link's where the wording differs (a link is too long, not a file too large).
 */
export function problemText(
	t: T,
	rules: RuleSet,
	p: Problem,
	lang: Lang,
	source: 'file' | 'link' = 'file'
): string {
	const values = {
		field: p.field,
		found: p.found ?? '–',
		detail: p.detail,
		question: p.question ?? '',
		label: p.question ? questionLabel(t, p.question) : p.field,
		expected: p.question ? expectedText(t, rules, p.question, lang) : '',
		range: p.code === 'date-out-of-range' ? datesText(t, rules, lang) : ''
	};
	const text = t(`counselor.problem.${p.code}`, values) as string;
	return source === 'link'
		? (t(`counselor.problem.link.${p.code}`, { ...values, defaultValue: text }) as string)
		: text;
}
