import type { RuleSet } from './ruleset';

/** The days on which every scheme and every parameter has a version, and which the rule checks cover. */
export interface RuleDates {
	from: string;
	to: string;
}

/**
 * The days the rule checks hold the rules to (`npm run rules -- coverage` and the build's rule step: every day has
 * exactly one version of every scheme and parameter). A version without an end (`validTo: null`) is checked, and so
 * trusted, only up to COVERAGE_TO; a new year's figures move it on.
 */
export const COVERAGE_FROM = '2024-01-01';
export const COVERAGE_TO = '2027-12-31';

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
	const dates = {
		from: from > COVERAGE_FROM ? from : COVERAGE_FROM,
		to: to !== null && to < COVERAGE_TO ? to : COVERAGE_TO
	};
	cache.set(rules, dates);
	return dates;
}

export const withinRuleDates = (rules: RuleSet, iso: string): boolean => {
	const { from, to } = ruleDates(rules);
	return iso >= from && iso <= to;
};
