import type { Answers, SchemeVersion, Source } from './schema';
export type { Engine } from './engine';
import type { RuleSet } from './ruleset';
import { Unk, mergeUnk, type Ctx, type Val } from './expr';
import { answerArray, engineFor, selectForDate, type CompiledScheme, type FigureDoubt } from './engine';
import type { findThresholds } from './thresholds';
import type { doubtsThatMove } from './doubts';
import { askSettlingQuestions, profileOn, resolveKommune } from './kommuner';
import { RuleEvalError } from './errors';
import { chosenNeeds, servesNeeds } from './needs';

export type Outcome = 'eligible' | 'not-eligible' | 'assessment' | 'unknown';
export type CriterionOutcome = 'met' | 'not-met' | 'unknown' | 'not-applicable';
export type ExplainValue = number | string | boolean | null | readonly string[];
export interface Explain {
	key: string;
	values: Record<string, ExplainValue>;
}

export interface CriterionResult {
	id: string;
	hard: boolean;
	result: CriterionOutcome;
	explain: Explain;
	source: Source;
}

export interface AmountStep {
	id: string;
	value: number | null;
	explain: Explain;
	source?: Source;
}

export interface Threshold {
	answer: string;
	/** Whole kroner (or units of the answer); the outcome/amount flips here. */
	value: number;
	/** 'below': the favourable result holds for answers below `value`. */
	direction: 'below' | 'above';
	explain: Explain;
}

export interface SchemeResult {
	scheme: string;
	version: string;
	validFrom: string;
	validTo: string | null;
	decidedBy: string;
	outcome: Outcome;
	criteria: CriterionResult[];
	/** Hard criteria that decided a not-eligible, or the hard criteria still unknown. */
	deciding: string[];
	amount?: { unit: string; value: number | null; steps: AmountStep[] };
	thresholds: Threshold[];
	/** Unanswered question ids that could still change the outcome or the amount. */
	missing: string[];
	/** Parameters (`param:id`) or profile values (`profile:path`) that are not known and make something unknown. */
	unknownFacts: string[];
	texts: string;
	/** The municipality does not (or not confirmedly) offer the scheme; it is listed for transparency only. */
	excludedByProfile?: true;
	/**
	 * The scheme serves none of the needs the resident chose (`behov`): not evaluated, nothing asked for it
	 * (outcome 'unknown', no criteria, `missing` empty). The results list it as not checked.
	 */
	notChecked?: true;
	/** A rule data error while evaluating this scheme (outcome is then 'unknown'); `check`/`test` surface these. */
	error?: string;
	/**
	 * With `opts.doubts`, the figures in doubt that move this result (absent when there are none): a value past its review date or
	 * resting only on a secondary or derived source, whose change by 1 % either way would change the outcome, a
	 * criterion or the amount; or a value not found for the date that the result depends on.
	 */
	doubts?: FigureDoubt[];
	/** All named values, only with `opts.values` (used by the case runner and the CLI). */
	values?: Record<string, number | string | boolean | null>;
}

export interface EvaluationResult {
	date: string;
	kommune: string;
	/** Kommunenummer of the profile used: `kommune`, or '0000' (generic) when there is no profile for it. */
	profile: string;
	rulesVersion: string;
	schemes: SchemeResult[];
}

export interface EvaluateOptions {
	/** ISO date the rules are applied for. */
	date: string;
	/** Kommunenummer; an unknown one uses the generic profile 0000. */
	kommune: string;
	/**
	 * Compute thresholds by bisection: pass `findThresholds` (./thresholds; off by default, ~25 extra evaluations per
	 * threshold). A function, not a flag, so that pages which show no thresholds do not carry the code.
	 */
	thresholds?: typeof findThresholds;
	/** Include every named value in the result. */
	values?: boolean;
	/** Check every scheme whatever the `behov` answer says (the counselor page). */
	checkAll?: boolean;
	/**
	 * Work out which figures in doubt move each result (`doubts`): pass `doubtsThatMove` (./doubts; a few extra
	 * evaluations per scheme, for the results and the counselor page).
	 */
	doubts?: typeof doubtsThatMove;
}

export function evaluate(rules: RuleSet, answers: Answers, opts: EvaluateOptions): EvaluationResult {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
		throw new Error(`date must be YYYY-MM-DD, found "${opts.date}"`);
	const engine = engineFor(rules);
	const sel = selectForDate(engine, opts.date);
	const profile = profileOn(rules, resolveKommune(rules, opts.kommune, answers), opts.date);
	const ctx: Ctx = {
		av: answerArray(engine, answers),
		date: opts.date,
		profile,
		pv: sel.pv,
		vals: [],
		valFns: [],
		needs: chosenNeeds(answers, opts.checkAll)
	};
	const schemes = sel.schemes.map((cs) => {
		const r = evaluateSchemeSafely(cs, ctx, opts.values === true);
		if (!r.notChecked) r.missing = askSettlingQuestions(rules, answers, r.missing);
		if (opts.doubts && !r.excludedByProfile && !r.notChecked && !r.error) {
			const doubts = opts.doubts(engine, sel, cs, ctx, r);
			if (doubts.length) r.doubts = doubts;
		}
		if (opts.thresholds && !r.excludedByProfile && !r.notChecked && !r.error && cs.def.thresholds?.length)
			try {
				r.thresholds = opts.thresholds(rules, engine, cs, ctx, r);
			} catch (e) {
				if (!(e instanceof RuleEvalError)) throw e;
				r.error ??= `thresholds: ${e.message}`;
			}
		return r;
	});
	return {
		date: opts.date,
		kommune: opts.kommune,
		profile: profile.kommunenummer,
		rulesVersion: rules.version,
		schemes
	};
}

/** A rule data error (e.g. a table without the key) must not take the whole page down: that scheme reports it. */
function evaluateSchemeSafely(cs: CompiledScheme, ctx: Ctx, withValues: boolean): SchemeResult {
	try {
		return evaluateScheme(cs, ctx, withValues);
	} catch (e) {
		if (!(e instanceof RuleEvalError)) throw e;
		return { ...notEvaluated(cs.def, 'unknown'), error: e.message };
	}
}

function offered(cs: CompiledScheme, ctx: Ctx): boolean {
	const path = cs.requiresPath;
	if (!path) return true;
	let v: unknown = ctx.profile;
	for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? (v as never)[k] : undefined;
	return v === true;
}

// Shared by every criterion without explain values (most): frozen, since results are handed to the UI.
const NO_VALUES: Record<string, ExplainValue> = Object.freeze({}) as Record<string, ExplainValue>;

const plain = (v: Val | undefined): ExplainValue =>
	v === undefined || v instanceof Unk || (typeof v === 'object' && v !== null && !Array.isArray(v))
		? null
		: (v as ExplainValue);

/** Evaluates one compiled scheme version; `ctx` is reused (its value memo is reset here). */
export function evaluateScheme(cs: CompiledScheme, ctx: Ctx, withValues = false): SchemeResult {
	const def = cs.def;
	ctx.vals = new Array(cs.valueFns.length);
	ctx.valFns = cs.valueFns;
	if (!offered(cs, ctx)) return { ...notEvaluated(def, 'not-eligible'), excludedByProfile: true };
	if (!servesNeeds(def, ctx.needs)) return { ...notEvaluated(def, 'unknown'), notChecked: true };
	const criteria: CriterionResult[] = [];
	const notMet: string[] = [];
	const unknownIds: string[] = [];
	let unknown: Unk | undefined;
	let facts: Unk | undefined;
	for (const c of cs.criteria) {
		const w = c.when ? c.when(ctx) : true;
		if (typeof w !== 'boolean' && !(w instanceof Unk))
			throw new RuleEvalError(
				`"when" gave ${JSON.stringify(w)}, not a boolean`,
				`${cs.file}: criterion ${c.def.id}`
			);
		let result: CriterionOutcome;
		let u: Unk | undefined;
		if (w === false) result = 'not-applicable';
		else {
			const t = c.test(ctx);
			if (t === true) result = 'met';
			else if (t instanceof Unk) {
				result = 'unknown';
				u = w instanceof Unk ? mergeUnk(w, t) : t;
			} else if (t === false) {
				result = w instanceof Unk ? 'unknown' : 'not-met';
				if (w instanceof Unk) u = w;
			} else
				throw new RuleEvalError(
					`the test gave ${JSON.stringify(t)}, not a boolean`,
					`${cs.file}: criterion ${c.def.id}`
				);
		}
		let values = NO_VALUES;
		if (c.explainValues.length) {
			values = {};
			for (const [name, f] of c.explainValues) values[name] = plain(f(ctx));
		}
		criteria.push({
			id: c.def.id,
			hard: c.def.hard,
			result,
			explain: { key: c.keys[result], values },
			source: c.def.source
		});
		if (!c.def.hard) continue;
		if (result === 'not-met') notMet.push(c.def.id);
		else if (u) {
			unknownIds.push(c.def.id);
			unknown = mergeUnk(unknown, u);
		}
	}
	const outcome: Outcome = notMet.length ? 'not-eligible' : unknownIds.length ? 'unknown' : def.onAllMet;
	let missing: readonly string[] = outcome === 'unknown' ? unknown!.missing : [];
	if (unknown) facts = unknown;

	let amount: SchemeResult['amount'];
	if (cs.amount) {
		if (outcome === 'not-eligible') amount = { unit: cs.amount.unit, value: 0, steps: [] };
		else {
			const r = valueAt(ctx, cs, cs.amount.result);
			if (r instanceof Unk) {
				missing = union(missing, r.missing);
				facts = mergeUnk(facts, r);
			}
			amount = {
				unit: cs.amount.unit,
				value: typeof r === 'number' ? r : null,
				steps: cs.amount.steps.map((s) => {
					const v = valueAt(ctx, cs, s.index);
					const value = typeof v === 'number' ? v : null;
					const step: AmountStep = {
						id: s.name,
						value,
						explain: { key: s.explain ?? `${def.texts}.steps.${s.name}`, values: { value } }
					};
					if (s.source) step.source = s.source;
					return step;
				})
			};
		}
	}
	// One literal with every field (no spread): object spread was the hottest line in the profile.
	const out: SchemeResult = {
		scheme: def.id,
		version: def.version,
		validFrom: def.validFrom,
		validTo: def.validTo,
		decidedBy: def.decidedBy,
		outcome,
		criteria,
		deciding: outcome === 'not-eligible' ? notMet : outcome === 'unknown' ? unknownIds : [],
		amount,
		thresholds: [],
		missing: missing.slice(),
		unknownFacts: outcome === 'not-eligible' || !facts ? [] : facts.facts.slice(),
		texts: def.texts
	};
	if (withValues) {
		const values: Record<string, number | string | boolean | null> = {};
		cs.valueNames.forEach((n, i) => {
			const v = plain(valueAt(ctx, cs, i));
			values[n] = Array.isArray(v) ? null : (v as number | string | boolean | null);
		});
		out.values = values;
	}
	return out;
}

function notEvaluated(def: SchemeVersion, outcome: Outcome): SchemeResult {
	return {
		scheme: def.id,
		version: def.version,
		validFrom: def.validFrom,
		validTo: def.validTo,
		decidedBy: def.decidedBy,
		outcome,
		criteria: [],
		deciding: [],
		amount: undefined,
		thresholds: [],
		missing: [],
		unknownFacts: [],
		texts: def.texts
	};
}

function valueAt(ctx: Ctx, cs: CompiledScheme, i: number): Val {
	const v = ctx.vals[i];
	return v !== undefined ? v : (ctx.vals[i] = cs.valueFns[i]!(ctx));
}

function union(a: readonly string[], b: readonly string[]): readonly string[] {
	if (!b.length) return a;
	const out = a.slice();
	for (const x of b) if (!out.includes(x)) out.push(x);
	return out;
}
