// Hand-written checks against the catalogue (no zod): this runs in the browser on imported answer files.
import type { AnswerFile, AnswerValue, Answers, Question } from './schema';
import type { RuleSet } from './ruleset';
import { ruleDates, withinRuleDates } from './dates';

export interface AnswerError {
	path: string;
	message: string;
}
export type AnswerValidation = { ok: true; value: AnswerFile } | { ok: false; errors: AnswerError[] };

export const MAX_ANSWER_FILE_BYTES = 100 * 1024;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const TOP = new Set(['$schema', 'format', 'formatVersion', 'date', 'kommune', 'answers']);
const LIMIT = 1e12;

export function isIsoDate(s: unknown): s is string {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(s + 'T00:00:00Z');
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const describe = (v: unknown): string => {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
	if (typeof v === 'object') return 'an object';
	return `${typeof v} ${String(v)}`;
};

export function validateAnswers(rules: RuleSet, input: unknown): AnswerValidation {
	const errors: AnswerError[] = [];
	let data = input;
	if (typeof input === 'string') {
		if (
			input.length > MAX_ANSWER_FILE_BYTES ||
			new TextEncoder().encode(input).length > MAX_ANSWER_FILE_BYTES
		)
			return fail('', `the file is larger than ${MAX_ANSWER_FILE_BYTES / 1024} KB`);
		try {
			data = JSON.parse(input);
		} catch (e) {
			return fail('', `not valid JSON (${(e as Error).message})`);
		}
	}
	if (!isPlainObject(data)) return fail('', `expected an answer file object, found ${describe(data)}`);
	const bad = findBadKey(data, '', 0);
	if (bad) return fail(bad.path, bad.message);
	if (typeof input !== 'string' && JSON.stringify(data).length > MAX_ANSWER_FILE_BYTES)
		return fail('', `the answers are larger than ${MAX_ANSWER_FILE_BYTES / 1024} KB`);
	const file = data as Record<string, unknown>;
	for (const k of Object.keys(file)) if (!TOP.has(k)) errors.push({ path: k, message: 'unknown field' });
	if (file.format !== 'boligsjekk-svar')
		errors.push({ path: 'format', message: `expected "boligsjekk-svar", found ${describe(file.format)}` });
	if (file.formatVersion !== 1)
		errors.push({ path: 'formatVersion', message: `expected 1, found ${describe(file.formatVersion)}` });
	if (file.$schema !== undefined && typeof file.$schema !== 'string')
		errors.push({ path: '$schema', message: `expected a string, found ${describe(file.$schema)}` });
	if (file.date !== undefined && !isIsoDate(file.date))
		errors.push({ path: 'date', message: `expected a date YYYY-MM-DD, found ${describe(file.date)}` });
	else if (typeof file.date === 'string' && !withinRuleDates(rules, file.date)) {
		const { from, to } = ruleDates(rules);
		errors.push({
			path: 'date',
			message: `expected a date the rules cover (${from}..${to}), found ${describe(file.date)}`
		});
	}
	if (file.kommune !== undefined && (typeof file.kommune !== 'string' || !/^\d{4}$/.test(file.kommune)))
		errors.push({
			path: 'kommune',
			message: `expected a four-digit kommunenummer, found ${describe(file.kommune)}`
		});
	if (!isPlainObject(file.answers)) {
		errors.push({
			path: 'answers',
			message: `expected an object of answers, found ${describe(file.answers)}`
		});
	} else {
		const answers = file.answers as Record<string, unknown>;
		for (const [id, v] of Object.entries(answers)) {
			const q = Object.hasOwn(rules.questionById, id) ? rules.questionById[id] : undefined;
			const path = `answers.${id}`;
			if (!q) errors.push({ path, message: 'unknown question' });
			else {
				const msg = checkAnswer(q, v);
				if (msg) errors.push({ path, message: msg });
			}
		}
	}
	if (errors.length) return { ok: false, errors };
	const answers: Answers = {};
	for (const [k, v] of Object.entries(file.answers as Record<string, AnswerValue>)) answers[k] = v;
	const value: AnswerFile = { format: 'boligsjekk-svar', formatVersion: 1, answers };
	if (typeof file.$schema === 'string') value.$schema = file.$schema;
	if (typeof file.date === 'string') value.date = file.date;
	if (typeof file.kommune === 'string') value.kommune = file.kommune;
	return { ok: true, value };

	function fail(path: string, message: string): AnswerValidation {
		return { ok: false, errors: [{ path, message }] };
	}
}

/** One answer against its question; returns what was expected, or undefined when fine. */
export function checkAnswer(q: Question, v: unknown): string | undefined {
	const range = () =>
		q.min !== undefined && q.max !== undefined
			? ` between ${q.min} and ${q.max}`
			: q.min !== undefined
				? ` ≥ ${q.min}`
				: q.max !== undefined
					? ` ≤ ${q.max}`
					: '';
	switch (q.type) {
		case 'yesno':
			return typeof v === 'boolean' ? undefined : `expected yes/no (true or false), found ${describe(v)}`;
		case 'choice': {
			const allowed = (q.options ?? []).map((o) => o.value);
			return typeof v === 'string' && allowed.includes(v)
				? undefined
				: `expected one of ${choices(allowed)}, found ${describe(v)}`;
		}
		case 'multi': {
			const allowed = (q.options ?? []).map((o) => o.value);
			if (!Array.isArray(v) || v.length > allowed.length)
				return `expected a list of values from ${choices(allowed)}, found ${describe(v)}`;
			const bad = v.find((x) => typeof x !== 'string' || !allowed.includes(x));
			if (bad !== undefined) return `expected values from ${choices(allowed)}, found ${describe(bad)}`;
			if (new Set(v).size !== v.length) return 'expected each value at most once';
			return undefined;
		}
		case 'integer':
		case 'amount': {
			if (typeof v !== 'number' || !Number.isFinite(v))
				return `expected a number${range()}, found ${describe(v)}`;
			if (Math.abs(v) > LIMIT) return `expected a number${range()}, found a number that is far too large`;
			if (q.type === 'integer' && !Number.isInteger(v))
				return `expected a whole number${range()}, found ${v}`;
			if (q.type === 'amount') {
				if (v < 0) return `expected an amount ≥ 0, found ${v}`;
				if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-6)
					return `expected an amount in kroner with at most two decimals, found ${v}`;
			}
			if ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max))
				return `expected a number${range()}, found ${v}`;
			return undefined;
		}
		case 'date':
			return isIsoDate(v) ? undefined : `expected a date YYYY-MM-DD, found ${describe(v)}`;
	}
}

/** A question's options for a message: listed when few, counted when many (357 municipalities), never empty. */
function choices(allowed: string[]): string {
	if (!allowed.length) return 'the options (this build has none)';
	return allowed.length <= 12 ? allowed.join(', ') : `the ${allowed.length} options`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function findBadKey(v: unknown, path: string, depth: number): AnswerError | undefined {
	if (depth > 8) return { path, message: 'nested too deeply for an answer file' };
	if (Array.isArray(v)) {
		for (let i = 0; i < v.length; i++) {
			const f = findBadKey(v[i], `${path}[${i}]`, depth + 1);
			if (f) return f;
		}
	} else if (isPlainObject(v)) {
		for (const k of Object.keys(v)) {
			const p = path ? `${path}.${k}` : k;
			if (FORBIDDEN.has(k)) return { path: p, message: `the key "${k}" is not allowed` };
			const f = findBadKey(v[k], p, depth + 1);
			if (f) return f;
		}
	}
	return undefined;
}
