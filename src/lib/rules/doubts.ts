// Which figures in doubt move a result: opt-in for `evaluate` (`{ doubts: doubtsThatMove }`), so that only the pages
// that show the notes (results, counselor) and the CLI carry this code.
import { validOn } from './dates';
import type { CompiledScheme, DateSelection, DoubtReason, Engine, FigureDoubt } from './engine';
import { evaluateScheme, type SchemeResult } from './evaluate';
import { RuleEvalError } from './errors';
import type { Ctx } from './expr';

interface DoubtCandidate extends FigureDoubt {
	slot: number;
}

/** The one reason a note gives: a missing value, then a passed review, then the grade of the source. */
export function doubtReason(
	v: { unknown?: boolean; reviewBy?: string; source?: { grade: string } },
	date: string
): DoubtReason | null {
	if (v.unknown) return 'unknown';
	if (v.reviewBy !== undefined && v.reviewBy <= date) return 'review';
	if (v.source?.grade === 'S') return 'secondary';
	if (v.source?.grade === 'D') return 'derived';
	return null;
}

const candidatesBySelection = new WeakMap<DateSelection, Map<CompiledScheme, DoubtCandidate[]>>();

/** Per scheme of a date's selection, the parameter values it uses that are in doubt on that date (absent: none). */
function doubtCandidates(
	engine: Engine,
	sel: DateSelection,
	date: string
): Map<CompiledScheme, DoubtCandidate[]> {
	let out = candidatesBySelection.get(sel);
	if (out) return out;
	out = new Map();
	for (const cs of sel.schemes)
		for (const id of cs.params) {
			const v = engine.rules.parameters[id]!.values.find((x) => validOn(x, date));
			const reason = v && doubtReason(v, date);
			if (!v || !reason) continue;
			const list = out.get(cs) ?? [];
			list.push({
				param: id,
				reason,
				validFrom: v.validFrom,
				...(reason === 'review' ? { reviewBy: v.reviewBy! } : {}),
				slot: engine.slots.params.get(id)!
			});
			out.set(cs, list);
		}
	candidatesBySelection.set(sel, out);
	return out;
}

/** The same figure 1 % higher or lower (a yes/no figure the other way round), to see whether it moves a result. */
function nudged(v: unknown, factor: number): unknown {
	if (typeof v === 'number') return v * factor;
	if (typeof v === 'boolean') return !v;
	if (Array.isArray(v))
		return v.map((b) =>
			b && typeof b === 'object' ? { ...b, value: nudged((b as { value: unknown }).value, factor) } : b
		);
	if (v && typeof v === 'object')
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nudged(x, factor)]));
	return v;
}

/** Same outcome, criteria, amount and calculation steps; a difference that waits for an unanswered question is not one. */
function sameResult(a: SchemeResult, b: SchemeResult): boolean {
	if (b.missing.some((q) => !a.missing.includes(q))) return true;
	const steps = (r: SchemeResult) => r.amount?.steps.map((s) => s.value) ?? [];
	const [sa, sb] = [steps(a), steps(b)];
	return (
		a.outcome === b.outcome &&
		(a.amount?.value ?? null) === (b.amount?.value ?? null) &&
		a.criteria.every((c, i) => c.result === b.criteria[i]?.result) &&
		sa.every((v, i) => v === sb[i])
	);
}

/**
 * The figures in doubt that move `r` (scheme `cs` evaluated in `ctx` on the selection's date): a missing value it
 * depends on, or one whose nudge by 1 % either way changes it.
 */
export function doubtsThatMove(
	engine: Engine,
	sel: DateSelection,
	cs: CompiledScheme,
	ctx: Ctx,
	r: SchemeResult
): FigureDoubt[] {
	const candidates = doubtCandidates(engine, sel, ctx.date).get(cs);
	if (!candidates) return [];
	// A result that only waits for answers has nothing yet for a figure to move.
	const waiting = r.outcome === 'unknown' && !r.unknownFacts.length;
	const moves = (c: DoubtCandidate): boolean => {
		if (c.reason === 'unknown') return r.unknownFacts.includes(`param:${c.param}`);
		if (waiting) return false;
		return [1.01, 0.99].some((factor) => {
			const pv = ctx.pv.slice();
			pv[c.slot] = { value: nudged(ctx.pv[c.slot]!.value, factor), unknown: false };
			try {
				return !sameResult(r, evaluateScheme(cs, { ...ctx, pv }));
			} catch (e) {
				if (e instanceof RuleEvalError) return true;
				throw e;
			}
		});
	};
	return candidates.filter(moves).map(({ slot: _slot, ...doubt }) => doubt);
}
