import { formatNumber } from '$lib/format';
import type { Lang } from '$lib/i18n/languages';
import type { RuleSet } from '$lib/rules';
import { optionLabel, questionLabel, type Problem, type T } from '$lib/handover';

function tx(t: T, key: string, values: Record<string, unknown> = {}): string {
	const out = t(key, { ...values, defaultValue: '\u0000' });
	return typeof out === 'string' && out !== '\u0000' && out !== key ? out : key;
}

/** What a question accepts, in words ("et beløp i kroner mellom 0 og 10 000 000"). */
export function expectedText(t: T, rules: RuleSet, id: string, lang: Lang): string {
	const q = Object.hasOwn(rules.questionById, id) ? rules.questionById[id] : undefined;
	if (!q) return '';
	const range =
		q.min !== undefined && q.max !== undefined
			? tx(t, 'counselor.expected.range', { min: formatNumber(q.min, lang), max: formatNumber(q.max, lang) })
			: '';
	const options = (q.options ?? []).map((o) => `«${optionLabel(t, id, o.value)}» (${o.value})`).join(', ');
	return tx(t, `counselor.expected.${q.type}`, { range, options });
}

/** One problem as a sentence naming the field, what was expected and what was found. */
export function problemText(t: T, rules: RuleSet, p: Problem, lang: Lang): string {
	return tx(t, `counselor.problem.${p.code}`, {
		field: p.field,
		found: p.found ?? '–',
		detail: p.detail,
		question: p.question ?? '',
		label: p.question ? questionLabel(t, p.question) : p.field,
		expected: p.question ? expectedText(t, rules, p.question, lang) : ''
	});
}
