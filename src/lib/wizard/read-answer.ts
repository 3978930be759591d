import { formatKr, formatNumber } from '$lib/format';
import type { Lang } from '$lib/i18n/languages';
import type { AnswerValue, Question } from '$lib/rules';
import {
	parseAmount,
	parseDate,
	parseWholeNumber,
	perMonth,
	MAX_KR_PER_MONTH,
	type ParseError
} from './parse';

export type Period = 'month' | 'year';

/** What the form holds for one question: the choice(s) or the typed text, and for amounts the period. */
export interface FormInput {
	selected: string[];
	text: string;
	period: Period;
}

export type InputError = {
	code: ParseError | 'choose' | 'chooseSome' | 'min' | 'max';
	min?: number;
	max?: number;
};

export type ReadResult = { ok: true; value: AnswerValue } | { ok: false; error: InputError };

/** Turns what the user entered into the documented answer value, or the reason it cannot be one. */
export function readAnswer(question: Question, input: FormInput): ReadResult {
	switch (question.type) {
		case 'yesno':
			return input.selected[0] === 'true' || input.selected[0] === 'false'
				? { ok: true, value: input.selected[0] === 'true' }
				: { ok: false, error: { code: 'choose' } };
		case 'choice': {
			const value = input.selected[0];
			return value && question.options?.some((o) => o.value === value)
				? { ok: true, value }
				: { ok: false, error: { code: 'choose' } };
		}
		case 'multi': {
			const allowed = (question.options ?? []).map((o) => o.value);
			const values = allowed.filter((v) => input.selected.includes(v));
			return values.length ? { ok: true, value: values } : { ok: false, error: { code: 'chooseSome' } };
		}
		case 'integer': {
			const n = parseWholeNumber(input.text);
			if (!n.ok) return { ok: false, error: belowMin(question, n.error) ?? { code: n.error } };
			return withinRange(question, n.value);
		}
		case 'amount': {
			const max = question.max ?? MAX_KR_PER_MONTH;
			const periodMax = input.period === 'year' ? max * 12 : max;
			const n = parseAmount(input.text, periodMax);
			if (!n.ok)
				return {
					ok: false,
					error:
						n.error === 'tooLarge'
							? { code: 'tooLarge', max }
							: (belowMin(question, n.error) ?? { code: n.error })
				};
			return withinRange(question, perMonth(n.value, input.period));
		}
		case 'date': {
			const d = parseDate(input.text);
			return d.ok ? { ok: true, value: d.value } : { ok: false, error: { code: d.error } };
		}
	}
}

/** A negative number is said as the question's own least value ("at least 1 adult"), when it has one. */
function belowMin(question: Question, error: ParseError): InputError | undefined {
	return error === 'negative' && question.min !== undefined && question.min > 0
		? { code: 'min', min: question.min, max: question.max }
		: undefined;
}

/**
 * The values an error message names, as the page writes numbers: `1 000 000 000 kr` for a limit in kroner,
 * `1 000` for a count; `maxKr` is the amount question's monthly ceiling.
 */
export function errorValues(question: Question, error: InputError, lang: Lang) {
	const limit = (n: number | undefined) =>
		n === undefined ? undefined : question.unit === 'kr' ? formatKr(n, lang) : formatNumber(n, lang);
	return {
		min: limit(error.min),
		max: limit(error.max),
		maxKr: error.max !== undefined ? formatKr(error.max, lang) : undefined
	};
}

function withinRange(question: Question, value: number): ReadResult {
	if (question.min !== undefined && value < question.min) {
		return { ok: false, error: { code: 'min', min: question.min, max: question.max } };
	}
	if (question.max !== undefined && value > question.max) {
		return {
			ok: false,
			error: { code: question.type === 'amount' ? 'tooLarge' : 'max', min: question.min, max: question.max }
		};
	}
	return { ok: true, value };
}

/** The form's starting state: the saved answer, or the text the user typed last time (kept through errors). */
export function initialInput(
	question: Question,
	answer: AnswerValue | undefined,
	raw?: string,
	period?: Period
): FormInput {
	const input: FormInput = { selected: [], text: raw ?? '', period: period ?? 'month' };
	if (answer === undefined || answer === null) return input;
	if (Array.isArray(answer)) input.selected = answer.map(String);
	else if (question.type === 'yesno' || question.type === 'choice') input.selected = [String(answer)];
	else if (raw === undefined) input.text = String(answer);
	return input;
}
