import type { Outcome, SchemeResult } from '$lib/rules';

/**
 * Most promising first: a right with an amount to be paid, then other rights, then schemes the office decides
 * by discretion, then those that need more answers, then those that are probably out of reach. Ties keep the
 * order they came in (a stable sort), so the engine's order decides among equals.
 */
export function promiseRank(r: SchemeResult): number {
	if (r.excludedByProfile) return 9;
	switch (r.outcome) {
		case 'eligible':
			return r.amount && typeof r.amount.value === 'number' && r.amount.value > 0 ? 0 : 1;
		case 'assessment':
			return r.amount && typeof r.amount.value === 'number' && r.amount.value > 0 ? 2 : 3;
		case 'unknown':
			return 4;
		case 'not-eligible':
			return 5;
	}
}

export interface OrderedResults {
	/** Schemes the municipality offers (or that are national), most promising first. */
	shown: SchemeResult[];
	/** Schemes the municipality profile leaves out (does not offer, or not confirmed). */
	excluded: SchemeResult[];
}

export function orderResults(schemes: readonly SchemeResult[]): OrderedResults {
	const indexed = schemes.map((r, i) => ({ r, i, rank: promiseRank(r) }));
	indexed.sort((a, b) => a.rank - b.rank || a.i - b.i);
	return {
		shown: indexed.filter((x) => !x.r.excludedByProfile).map((x) => x.r),
		excluded: indexed.filter((x) => x.r.excludedByProfile).map((x) => x.r)
	};
}

/** How many schemes fall under each outcome (for the summary line). */
export function countByOutcome(schemes: readonly SchemeResult[]): Record<Outcome, number> {
	const out: Record<Outcome, number> = { eligible: 0, assessment: 0, unknown: 0, 'not-eligible': 0 };
	for (const r of schemes) if (!r.excludedByProfile) out[r.outcome]++;
	return out;
}

/** The hooks other tests read: `data-amount-monthly` for kr/mnd, `data-amount` for other kroner amounts. */
export function amountHook(r: SchemeResult): { monthly?: number; total?: number } {
	const a = r.amount;
	if (!a || typeof a.value !== 'number' || r.outcome === 'not-eligible') return {};
	const whole = Math.round(a.value);
	if (a.unit === 'kr/mnd') return { monthly: whole };
	if (a.unit.startsWith('kr')) return { total: whole };
	return {};
}

/**
 * Not relevant for this resident: the answers fail a purpose criterion (`purpose: true` in the scheme file: not
 * buying for startlån, no need to adapt the home for the adaptation grant). Such a scheme is not a rejection.
 */
export function notRelevant(
	r: SchemeResult,
	def: { criteria: readonly { id: string; purpose?: boolean | undefined }[] } | undefined
): boolean {
	if (r.outcome !== 'not-eligible' || !def) return false;
	const purposes = new Set(def.criteria.filter((c) => c.purpose).map((c) => c.id));
	return r.criteria.some((c) => purposes.has(c.id) && c.result === 'not-met');
}

export interface ResultGroups {
	/** What the resident can probably get (a right). */
	get: SchemeResult[];
	/** What they can apply for where the municipality, NAV or Husbanken decides by discretion. */
	apply: SchemeResult[];
	/** Where more answers are needed. */
	open: SchemeResult[];
	/** What they can probably not get. */
	no: SchemeResult[];
	/** Not checked (`notChecked`: the resident did not ask about it), or not relevant for them (`notRelevant`). */
	notForYou: SchemeResult[];
	/** Left out by the municipality profile. */
	excluded: SchemeResult[];
}

/** The results page's sections, each most promising first. */
export function groupResults(
	schemes: readonly SchemeResult[],
	defOf: (r: SchemeResult) => Parameters<typeof notRelevant>[1]
): ResultGroups {
	const { shown, excluded } = orderResults(schemes);
	const groups: ResultGroups = { get: [], apply: [], open: [], no: [], notForYou: [], excluded };
	for (const r of shown) {
		if (r.notChecked || notRelevant(r, defOf(r))) groups.notForYou.push(r);
		else if (r.outcome === 'eligible') groups.get.push(r);
		else if (r.outcome === 'assessment') groups.apply.push(r);
		else if (r.outcome === 'unknown') groups.open.push(r);
		else groups.no.push(r);
	}
	return groups;
}

/** An amount as shown: rounded where the scheme file says the estimate is coarse (startlån: 10 000 kr). */
export function shownAmount(value: number, roundTo: number | undefined): number {
	return roundTo ? Math.round(value / roundTo) * roundTo : value;
}
