// Answers in words, for the print-out, the counselor page and the what-if comparison.
import { formatDate, formatKr, formatNumber } from '$lib/format';
import type { Lang } from '$lib/i18n/languages';
import type { AnswerValue, RuleSet } from '$lib/rules';
import { kommuneNavn } from '$lib/kommuneliste';
import { KOMMUNE_QUESTION } from '$lib/rules/kommuner';

export type T = (key: string, options?: Record<string, unknown>) => unknown;

function text(t: T, key: string, fallback: string, values: Record<string, unknown> = {}): string {
	const out = t(key, { ...values, defaultValue: '\u0000' });
	return typeof out === 'string' && out !== '\u0000' && out !== key && out.trim() !== '' ? out : fallback;
}

export function questionLabel(t: T, id: string): string {
	return text(t, `questions.${id}.label`, id);
}

export function optionLabel(t: T, id: string, value: string): string {
	return text(
		t,
		`questions.${id}.options.${value}`,
		(id === KOMMUNE_QUESTION && kommuneNavn(value)) || value
	);
}

export function isMonthly(id: string): boolean {
	return id.endsWith('_maned');
}

export function isKroner(rules: RuleSet, id: string): boolean {
	const q = rules.questionById[id];
	return q?.type === 'amount' || q?.unit === 'kr';
}

export function formatAnswer(t: T, rules: RuleSet, id: string, value: AnswerValue, lang: Lang): string {
	const q = Object.hasOwn(rules.questionById, id) ? rules.questionById[id] : undefined;
	if (typeof value === 'boolean')
		return text(t, value ? 'counselor.answer.yes' : 'counselor.answer.no', value ? 'Ja' : 'Nei');
	if (Array.isArray(value)) {
		if (!value.length) return text(t, 'counselor.answer.none', '–');
		return value.map((v) => optionLabel(t, id, v)).join('; ');
	}
	if (typeof value === 'number') {
		if (q && isKroner(rules, id)) {
			const kr = formatKr(value, lang, { decimals: !Number.isInteger(value) });
			return isMonthly(id) ? text(t, 'counselor.answer.perMonth', `${kr} per måned`, { value: kr }) : kr;
		}
		return formatNumber(value, lang);
	}
	if (q?.type === 'choice') return optionLabel(t, id, value);
	if (q?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
	return value;
}

/** The answer ids in catalogue order (priority, then position), unknown ids last. */
export function inCatalogueOrder(rules: RuleSet, ids: Iterable<string>): string[] {
	const pos = new Map(rules.questions.map((q, i) => [q.id, i]));
	return [...ids].sort((a, b) => {
		const qa = rules.questionById[a];
		const qb = rules.questionById[b];
		if (!qa || !qb) return qa ? -1 : qb ? 1 : a.localeCompare(b);
		return qa.priority - qb.priority || pos.get(a)! - pos.get(b)!;
	});
}
