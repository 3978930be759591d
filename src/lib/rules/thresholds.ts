import type { RuleSet } from './ruleset';
import type { CompiledScheme, Engine } from './engine';
import { Unk, type Ctx } from './expr';
import type { SchemeResult, Threshold } from './evaluate';

const CAP = 10_000_000;
const FAVOURABLE = 1;
const UNFAVOURABLE = 0;
const UNDECIDED = -1;

/**
 * For each threshold answer of the scheme: bisection between the question's min and max (capped at 10 000 000)
 * for the value where the result flips between favourable (eligible/assessment with an amount > 0, or no amount)
 * and unfavourable (an amount unknown only for lack of a fact counts as unfavourable), all other answers held fixed. Assumes one flip in the range (true for income and wealth).
 */
export function findThresholds(
	rules: RuleSet,
	engine: Engine,
	cs: CompiledScheme,
	ctx: Ctx,
	result: SchemeResult
): Threshold[] {
	const out: Threshold[] = [];
	for (const t of cs.def.thresholds ?? []) {
		const q = rules.questionById[t.answer];
		if (!q || (q.type !== 'amount' && q.type !== 'integer')) continue;
		const value = bisect(
			cs,
			ctx,
			engine.slots.answers.get(t.answer)!,
			q.min ?? 0,
			Math.min(q.max ?? CAP, CAP)
		);
		if (!value) continue;
		out.push({
			answer: t.answer,
			value: value.at,
			direction: value.direction,
			explain: { key: t.explain ?? `${result.texts}.thresholds.${t.answer}`, values: { value: value.at } }
		});
	}
	return out;
}

function bisect(
	cs: CompiledScheme,
	ctx: Ctx,
	slot: number,
	min: number,
	max: number
): { at: number; direction: 'below' | 'above' } | undefined {
	const av = ctx.av.slice();
	const c: Ctx = { ...ctx, av };
	const state = (x: number) => {
		av[slot] = x;
		return quickState(cs, c);
	};
	let lo = min;
	let hi = max;
	const sLo = state(lo);
	const sHi = state(hi);
	if (sLo === UNDECIDED || sHi === UNDECIDED || sLo === sHi) return undefined;
	while (hi - lo >= 1) {
		const mid = (lo + hi) / 2;
		const s = state(mid);
		if (s === UNDECIDED) return undefined;
		if (s === sLo) lo = mid;
		else hi = mid;
	}
	return { at: Math.round((lo + hi) / 2), direction: sLo === FAVOURABLE ? 'below' : 'above' };
}

/** Outcome and amount > 0 only: the bisection needs nothing else. */
function quickState(cs: CompiledScheme, c: Ctx): number {
	c.vals = new Array(cs.valueFns.length);
	c.valFns = cs.valueFns;
	let unknown = false;
	for (const k of cs.criteria) {
		if (!k.def.hard) continue;
		const w = k.when ? k.when(c) : true;
		if (w === false) continue;
		const t = k.test(c);
		if (t === true) continue;
		if (t === false && w === true) return UNFAVOURABLE;
		if (w === true && factsOnly(t)) return UNFAVOURABLE;
		unknown = true;
	}
	if (unknown) return UNDECIDED;
	if (!cs.amount) return FAVOURABLE;
	const i = cs.amount.result;
	const v = c.vals[i] ?? (c.vals[i] = cs.valueFns[i]!(c));
	if (factsOnly(v)) return UNFAVOURABLE;
	if (v instanceof Unk || typeof v !== 'number') return UNDECIDED;
	return v > 0 ? FAVOURABLE : UNFAVOURABLE;
}

/** Unknown only for lack of a fact, which no answer can settle (e.g. two sources disagree on the minimum payout):
 * not a certain result, so a threshold is where the result becomes certain. */
const factsOnly = (v: unknown): boolean => v instanceof Unk && v.missing.length === 0;
