import type { RuleSet } from './ruleset';

/** The days on which every scheme and every parameter has a version: `to` is null when none of them ends. */
export interface RuleDates {
	from: string;
	to: string | null;
}

/** Whether a dated item (a version, a value) is in force on `date`. */
export const validOn = (p: { validFrom: string; validTo: string | null }, date: string): boolean =>
	p.validFrom <= date && (p.validTo === null || date <= p.validTo);

const cache = new WeakMap<RuleSet, RuleDates>();

/**
 * The days the rules can evaluate (a date outside them has no rule version to use): from the latest first day of
 * any scheme or parameter to the earliest last day. Dates typed or read from a file or link are held to it.
 */
export function ruleDates(rules: RuleSet): RuleDates {
	const hit = cache.get(rules);
	if (hit) return hit;
	let from = '0000-01-01';
	let to: string | null = null;
	const periods = [...Object.values(rules.schemes), ...Object.values(rules.parameters).map((p) => p.values)];
	for (const versions of periods) {
		if (!versions.length) continue;
		const first = versions.reduce((a, v) => (v.validFrom < a ? v.validFrom : a), versions[0]!.validFrom);
		const last = versions.some((v) => v.validTo === null)
			? null
			: versions.reduce((a, v) => (v.validTo! > a ? v.validTo! : a), versions[0]!.validTo!);
		if (first > from) from = first;
		if (last !== null && (to === null || last < to)) to = last;
	}
	const dates = { from, to };
	cache.set(rules, dates);
	return dates;
}

export const withinRuleDates = (rules: RuleSet, iso: string): boolean => {
	const { from, to } = ruleDates(rules);
	return iso >= from && (to === null || iso <= to);
};
