// The documented answer format (rules/README.md, "Answer files"): building, naming and reading it back.
// Everything read from outside (an imported file, a share link) goes through `checkAnswerData`, which wraps the
// engine's `validateAnswers` and turns its findings into structured problems the UI can put in words.
import { validateAnswers, type AnswerFile, type Answers, type RuleSet } from '$lib/rules';
import { KOMMUNE_QUESTION, placeOf } from '$lib/rules/kommuner';

export const MAX_BYTES = 100 * 1024;
export const ANSWER_SCHEMA = 'https://boligsjekk.invalid/schema/answers.json';

export type ProblemCode =
	| 'too-large'
	| 'empty'
	| 'not-json'
	| 'not-object'
	| 'forbidden-key'
	| 'too-deep'
	| 'wrong-format'
	| 'wrong-version'
	| 'unknown-field'
	| 'bad-date'
	| 'date-out-of-range'
	| 'bad-kommune'
	| 'bad-schema'
	| 'answers-not-object'
	| 'unknown-question'
	| 'invalid-value'
	| 'other-build'
	| 'bad-link';

/** One reason an answer file or link was refused: which field, and (for answers) what was found. */
export interface Problem {
	code: ProblemCode;
	/** JSON path of the field (`answers.husleie_maned`), empty for the whole file. */
	field: string;
	/** The question id for answer problems. */
	question?: string;
	/** A short, safe description of the value found (never more than ~40 characters). */
	found?: string;
	/** The engine's own message (English), kept for the technical details. */
	detail: string;
}

/**
 * Answers made in another version (build) of Boligsjekk, for a municipality this one has no rules for: said as
 * such (`counselor.problem.other-build`), never as a list of the municipalities this build knows. `field` is where
 * the number was found: `kommune` (the file's or link's place) or `answers.kommunenummer`.
 */
export function otherBuildProblem(kommunenummer: string, field = 'kommune'): Problem {
	return {
		code: 'other-build',
		field,
		found: kommunenummer,
		detail: `made for kommunenummer ${kommunenummer}, which this build has no rules for`
	};
}

/**
 * A checked file or link; `refused` is a municipality number in it this build cannot serve (see `placeOf`): the
 * answers are kept and the page says where they came from.
 */
export type CheckResult =
	{ ok: true; value: AnswerFile; refused?: string } | { ok: false; problems: Problem[] };

export function toAnswerFile(answers: Answers, opts: { date?: string; kommune?: string } = {}): AnswerFile {
	const file: AnswerFile = {
		$schema: ANSWER_SCHEMA,
		format: 'boligsjekk-svar',
		formatVersion: 1,
		answers: {}
	};
	if (opts.date) file.date = opts.date;
	if (opts.kommune) file.kommune = opts.kommune;
	for (const [k, v] of Object.entries(answers)) file.answers[k] = Array.isArray(v) ? [...v] : v;
	// Keep the documented key order: $schema, format, formatVersion, date, kommune, answers.
	const { answers: a, ...head } = file;
	return { ...head, answers: a };
}

export function serializeAnswerFile(file: AnswerFile): string {
	return JSON.stringify(file, null, 2) + '\n';
}

/** `boligsjekk-svar-YYYY-MM-DD.json` for the given ISO day. */
export function answerFileName(isoDay: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) throw new Error(`expected YYYY-MM-DD, found "${isoDay}"`);
	return `boligsjekk-svar-${isoDay}.json`;
}

export function describeValue(v: unknown): string {
	if (v === undefined) return '–';
	if (v === null) return 'null';
	if (Array.isArray(v)) return `[${v.length}]`;
	if (typeof v === 'object') return '{…}';
	if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
	const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
	return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

/** Reads an answer file's text (as a string or the bytes of the file). Never throws. */
export function parseAnswerFile(
	rules: RuleSet,
	input: string | Uint8Array,
	build: string = __KOMMUNE__
): CheckResult {
	const bytes = typeof input === 'string' ? new TextEncoder().encode(input).length : input.length;
	if (bytes > MAX_BYTES)
		return {
			ok: false,
			problems: [
				{
					code: 'too-large',
					field: '',
					found: `${Math.ceil(bytes / 1024)} KB`,
					detail: `the file is ${Math.ceil(bytes / 1024)} KB, more than ${MAX_BYTES / 1024} KB`
				}
			]
		};
	let text: string;
	if (typeof input === 'string') text = input;
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(input);
		} catch {
			return fail('not-json', '', 'not UTF-8 text');
		}
	}
	text = text.replace(/^\uFEFF/, '');
	if (!text.trim()) return fail('empty', '', 'the file is empty');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return fail('not-json', '', `not valid JSON (${(e as Error).message})`);
	}
	return checkAnswerData(rules, data, build);
}

/** Checks parsed data against the answer format and the question catalogue. */
export function checkAnswerData(rules: RuleSet, input: unknown, build: string = __KOMMUNE__): CheckResult {
	const { data, refused } = withPlace(rules, build, input);
	const r = validateAnswers(rules, data);
	if (r.ok)
		return refused === undefined ? { ok: true, value: r.value } : { ok: true, value: r.value, refused };
	const root =
		data !== null && typeof data === 'object' && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: {};
	const answers =
		root.answers !== null && typeof root.answers === 'object' && !Array.isArray(root.answers)
			? (root.answers as Record<string, unknown>)
			: {};
	return {
		ok: false,
		problems: r.errors.map((e): Problem => {
			const p = e.path;
			const m = e.message;
			if (/not allowed/.test(m)) return { code: 'forbidden-key', field: p, detail: m };
			if (/nested too deeply/.test(m)) return { code: 'too-deep', field: p, detail: m };
			if (/larger than/.test(m)) return { code: 'too-large', field: p, detail: m };
			if (p === '') return { code: 'not-object', field: p, detail: m, found: describeValue(data) };
			if (p === 'format')
				return { code: 'wrong-format', field: p, detail: m, found: describeValue(root.format) };
			if (p === 'formatVersion')
				return { code: 'wrong-version', field: p, detail: m, found: describeValue(root.formatVersion) };
			if (p === 'date')
				return {
					code: /the rules cover/.test(m) ? 'date-out-of-range' : 'bad-date',
					field: p,
					detail: m,
					found: describeValue(root.date)
				};
			if (p === 'kommune')
				return { code: 'bad-kommune', field: p, detail: m, found: describeValue(root.kommune) };
			if (p === '$schema') return { code: 'bad-schema', field: p, detail: m };
			if (p === 'answers')
				return { code: 'answers-not-object', field: p, detail: m, found: describeValue(root.answers) };
			if (p.startsWith('answers.')) {
				const id = p.slice('answers.'.length);
				if (/unknown question/.test(m))
					return { code: 'unknown-question', field: p, question: id, detail: m };
				if (id === 'kommunenummer' && typeof answers[id] === 'string' && /^\d{4}$/.test(answers[id]))
					return { ...otherBuildProblem(answers[id], p), question: id };
				return {
					code: 'invalid-value',
					field: p,
					question: id,
					detail: m,
					found: describeValue(answers[id])
				};
			}
			return { code: 'unknown-field', field: p, detail: m };
		})
	};
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The file's municipality by the one rule (`placeOf`): its `kommune` and, in the build for the whole country, the
 * answer `kommunenummer` become the one this build serves; a number it cannot serve is taken out and reported.
 */
function withPlace(rules: RuleSet, build: string, data: unknown): { data: unknown; refused?: string } {
	if (!isObject(data) || !isObject(data.answers)) return { data };
	const { [KOMMUNE_QUESTION]: answered, ...answers } = data.answers;
	// a number in another form is left to the format check, which names it
	const stated =
		typeof data.kommune === 'string' && /^\s*\d{4}\s*$/.test(data.kommune) ? data.kommune : undefined;
	if ((answered !== undefined && typeof answered !== 'string') || (stated ?? answered) === undefined)
		return { data };
	const place = placeOf(rules, build, { kommune: stated, kommunenummer: answered });
	if (place.kommunenummer) answers[KOMMUNE_QUESTION] = place.kommunenummer;
	const kommune = data.kommune === undefined || stated !== undefined ? place.kommune : data.kommune;
	const placed = { ...data, kommune, answers };
	return place.refused === undefined
		? { data: placed }
		: { data: placed, refused: place.refused.slice(0, 12) };
}

function fail(code: ProblemCode, field: string, detail: string): CheckResult {
	return { ok: false, problems: [{ code, field, detail }] };
}
