import type { TFunction } from 'i18next';
import type { AnswerValue, Question } from '$lib/rules';
import { formatDate, formatKr, formatNumber } from '$lib/format';
import type { Lang } from '$lib/i18n/languages';
import type { Period } from './read-answer';
import { kommuneNavn } from '$lib/kommuneliste';
import { KOMMUNE_QUESTION } from '$lib/rules/kommuner';

export const optionLabel = (t: TFunction, questionId: string, value: string) =>
	(questionId === KOMMUNE_QUESTION ? kommuneNavn(value) : undefined) ??
	t(`questions.${questionId}.options.${value}`);

/** An answer as the check page shows it, in the page language. */
export function displayAnswer(
	t: TFunction,
	lang: Lang,
	question: Question,
	value: AnswerValue,
	period: Period = 'month'
): string {
	switch (question.type) {
		case 'yesno':
			return value ? t('wizard.yes') : t('wizard.no');
		case 'choice':
			return optionLabel(t, question.id, String(value));
		case 'multi':
			return (value as string[]).map((v) => optionLabel(t, question.id, v)).join(', ');
		case 'amount': {
			const monthly = formatKr(Number(value), lang, { decimals: !Number.isInteger(value) });
			if (period === 'year') {
				const yearly = formatKr(Math.round(Number(value) * 12), lang);
				return t('wizard.amount.shownPerYear', { yearly, monthly });
			}
			return t('wizard.amount.shownPerMonth', { amount: monthly });
		}
		case 'integer':
			return question.unit === 'kr' ? formatKr(Number(value), lang) : formatNumber(Number(value), lang, 0);
		case 'date':
			return formatDate(String(value), lang);
	}
}
