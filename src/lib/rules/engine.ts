// Per-rule-set compiled form: compiled schemes and the per-date selection of versions and parameters.
import type { AnswerValue, Answers, Criterion, SchemeVersion, Source } from './schema';
import type { RuleSet } from './ruleset';
import { compileExpr, roundHalfAway, type CompileEnv, type Fn, type ParamSel } from './expr';
import { RuleEvalError, RuleVersionError } from './errors';
import { validOn } from './dates';

export { validOn };

export interface CompiledCriterion {
	def: Criterion;
	when?: Fn;
	test: Fn;
	explainValues: [string, Fn][];
	keys: Record<'met' | 'not-met' | 'unknown' | 'not-applicable', string>;
}

export interface CompiledScheme {
	def: SchemeVersion;
	file: string;
	valueNames: string[];
	valueFns: Fn[];
	valueIndex: Map<string, number>;
	criteria: CompiledCriterion[];
	amount?: {
		unit: string;
		result: number;
		steps: { name: string; index: number; explain?: string; source?: Source }[];
	};
	params: Set<string>;
	answers: Set<string>;
	requiresPath: string[] | null;
}

export interface DateSelection {
	schemes: CompiledScheme[];
	pv: (ParamSel | undefined)[];
}

/**
 * Why a figure in force may not be right: its review date has passed (it may have changed since), it rests only on
 * a secondary (S) or derived (D) source, or no value was found for the date.
 */
export type DoubtReason = 'review' | 'secondary' | 'derived' | 'unknown';

/** A figure a result uses that is in doubt: which, why, and since when the value in use applies. */
export interface FigureDoubt {
	param: string;
	reason: DoubtReason;
	/** The value in use has applied since this date. */
	validFrom: string;
	/** With reason 'review': it should have been checked again by this date. */
	reviewBy?: string;
}

export interface Slots {
	answers: Map<string, number>;
	params: Map<string, number>;
}

export interface Engine {
	rules: RuleSet;
	slots: Slots;
	compiled: Map<SchemeVersion, CompiledScheme>;
	byDate: Map<string, DateSelection>;
	/** Slot → answer id, fixed once every scheme is compiled. */
	answerIds?: string[];
}

const engines = new WeakMap<RuleSet, Engine>();

export function engineFor(rules: RuleSet): Engine {
	let e = engines.get(rules);
	if (!e) {
		const slots: Slots = { answers: new Map(rules.questions.map((q, i) => [q.id, i])), params: new Map() };
		e = { rules, slots, compiled: new Map(), byDate: new Map() };
		for (const versions of Object.values(rules.schemes))
			for (const v of versions) e.compiled.set(v, compileScheme(v, rules.fileOf.get(v) ?? v.id, slots));
		engines.set(rules, e);
	}
	return e;
}

export function selectForDate(engine: Engine, date: string): DateSelection {
	const hit = engine.byDate.get(date);
	if (hit) return hit;
	const { rules } = engine;
	const schemes: CompiledScheme[] = [];
	const pv: (ParamSel | undefined)[] = new Array(engine.slots.params.size).fill(undefined);
	for (const [id, versions] of Object.entries(rules.schemes)) {
		const valid = versions.filter((v) => validOn(v, date));
		if (valid.length !== 1) throw new RuleVersionError('scheme', id, date, valid.length);
		const cs = engine.compiled.get(valid[0]!)!;
		schemes.push(cs);
		for (const p of cs.params) {
			const slot = engine.slots.params.get(p)!;
			if (pv[slot]) continue;
			const param = rules.parameters[p];
			if (!param) throw new RuleEvalError(`unknown parameter ${p}`, cs.file);
			const valid = param.values.filter((v) => validOn(v, date));
			if (valid.length !== 1) throw new RuleVersionError('parameter', p, date, valid.length);
			pv[slot] = { value: valid[0]!.value, unknown: valid[0]!.unknown === true };
		}
	}
	const sel = { schemes, pv };
	if (engine.byDate.size > 500) engine.byDate.clear();
	engine.byDate.set(date, sel);
	return sel;
}

const slotOf = (m: Map<string, number>, id: string): number => {
	let i = m.get(id);
	if (i === undefined) m.set(id, (i = m.size));
	return i;
};

/** Answers as an array by slot, built once per evaluation (reading by id beat iterating the answer's keys). */
export function answerArray(engine: Engine, answers: Answers): (AnswerValue | undefined)[] {
	const ids = engine.answerIds ?? (engine.answerIds = [...engine.slots.answers.keys()]);
	const av: (AnswerValue | undefined)[] = new Array(ids.length);
	for (let i = 0; i < ids.length; i++) {
		const id = ids[i]!;
		const v = answers[id];
		av[i] = v !== undefined && Object.hasOwn(answers, id) ? v : undefined;
	}
	return av;
}

export function compileScheme(def: SchemeVersion, file: string, slots: Slots): CompiledScheme {
	const values = def.values ?? {};
	const valueNames = Object.keys(values);
	const valueIndex = new Map(valueNames.map((n, i) => [n, i]));
	const params = new Set<string>();
	const answers = new Set<string>();
	const env = (where: string): CompileEnv => ({
		where: `${file}: ${where}`,
		params,
		answers,
		answerSlot: (id) => slotOf(slots.answers, id),
		paramSlot: (id) => slotOf(slots.params, id),
		ref: (name) => {
			const i = valueIndex.get(name);
			if (i === undefined) throw new RuleEvalError(`unknown named value "${name}"`, `${file}: ${where}`);
			return i;
		}
	});
	assertNoCycles(def, file);
	const valueFns = valueNames.map((n) => {
		const nv = values[n]!;
		const f = compileExpr(nv.expr, env(`values.${n}`));
		return nv.round === undefined ? f : roundValue(f, nv.round);
	});
	const explainFn = (name: string, where: string): Fn => {
		if (valueIndex.has(name)) return compileExpr({ ref: name }, env(where));
		if (name.includes('.')) return compileExpr({ param: name }, env(where));
		return compileExpr({ answer: name }, env(where));
	};
	const criteria = def.criteria.map((c, i) => ({
		def: c,
		when:
			c.when === undefined || c.when === null ? undefined : compileExpr(c.when, env(`criteria[${i}].when`)),
		test: compileExpr(c.test, env(`criteria[${i}].test`)),
		keys: {
			met: `${c.explain}.met`,
			'not-met': `${c.explain}.not-met`,
			unknown: `${c.explain}.unknown`,
			'not-applicable': `${c.explain}.not-applicable`
		},
		explainValues: (c.explainValues ?? []).map((n): [string, Fn] => [
			n,
			explainFn(n, `criteria[${i}].explainValues`)
		])
	}));
	let amount: CompiledScheme['amount'];
	if (def.amount) {
		const idx = (name: string, where: string) => env(where).ref(name);
		amount = {
			unit: def.amount.unit,
			result: idx(def.amount.result, 'amount.result'),
			steps: def.amount.steps.map((name) => ({
				name,
				index: idx(name, 'amount.steps'),
				explain: values[name]!.explain,
				source: values[name]!.source
			}))
		};
	}
	const requiresPath = def.requiresProfile ? def.requiresProfile.split('.') : null;
	return { def, file, valueNames, valueFns, valueIndex, criteria, amount, params, answers, requiresPath };
}

function roundValue(f: Fn, decimals: number): Fn {
	return (c) => {
		const v = f(c);
		return typeof v === 'number' ? roundHalfAway(v, decimals) : v;
	};
}

/** Named values refer to each other with `ref`; a cycle would never terminate. */
export function findRefCycle(values: Record<string, { expr: unknown }>): string[] | undefined {
	const refsOf = (e: unknown, out: string[]): string[] => {
		if (Array.isArray(e)) for (const x of e) refsOf(x, out);
		else if (e && typeof e === 'object') {
			const o = e as Record<string, unknown>;
			if (typeof o.ref === 'string') out.push(o.ref);
			else for (const x of Object.values(o)) refsOf(x, out);
		}
		return out;
	};
	const state = new Map<string, 1 | 2>();
	const stack: string[] = [];
	const visit = (n: string): string[] | undefined => {
		if (state.get(n) === 2 || !(n in values)) return undefined;
		if (state.get(n) === 1) return [...stack.slice(stack.indexOf(n)), n];
		state.set(n, 1);
		stack.push(n);
		for (const r of refsOf(values[n]!.expr, [])) {
			const cyc = visit(r);
			if (cyc) return cyc;
		}
		stack.pop();
		state.set(n, 2);
		return undefined;
	};
	for (const n of Object.keys(values)) {
		const cyc = visit(n);
		if (cyc) return cyc;
	}
	return undefined;
}

function assertNoCycles(def: SchemeVersion, file: string): void {
	const cyc = findRefCycle(def.values ?? {});
	if (cyc)
		throw new RuleEvalError(
			`named values refer to each other in a cycle: ${cyc.join(' → ')}`,
			`${file}: values`
		);
}
