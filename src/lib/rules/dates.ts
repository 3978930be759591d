import type { RuleSet } from './ruleset';

/** The days on which every scheme and every parameter has a version, and which the rule checks cover. */
export interface RuleDates {
	from: string;
	to: string;
}

/**
 * The days the rule checks hold the rules to (`npm run rules -- coverage` and the build's rule step: every day has
 * exactly one version of every scheme and parameter): from the first day this service has rules for to the end of
 * next year as seen from `today`, so the window moves with the calendar and always holds today. A version without
 * an end (`validTo: null`) is checked, and so trusted, only that far.
 */
export function coverageWindow(today = new Date().toISOString().slice(0, 10)): RuleDates {
	return { from: '2024-01-01', to: `${Number(today.slice(0, 4)) + 1}-12-31` };
}

/** Whether a dated item (a version, a value) is in force on `date`. */
export const validOn = (p: { validFrom: string; validTo: string | null }, date: string): boolean =>
	p.validFrom <= date && (p.validTo === null || date <= p.validTo);

const cache = new WeakMap<RuleSet, RuleDates>();

/**
 * The days the rules can evaluate (a date outside them has no checked rule version to use): from the latest first
 * day of any scheme or parameter to the earliest last day, within the checked days. Dates typed or read from a file
 * or link are held to it.
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
	const checked = coverageWindow();
	const dates = {
		from: from > checked.from ? from : checked.from,
		to: to !== null && to < checked.to ? to : checked.to
	};
	cache.set(rules, dates);
	return dates;
}

export const withinRuleDates = (rules: RuleSet, iso: string): boolean => {
	const { from, to } = ruleDates(rules);
	return iso >= from && iso <= to;
};
