import type { Expr, Parameter, RuleSet, SchemeVersion, Source } from '$lib/rules';

/** The scheme version a result was computed with. */
export function schemeVersion(
	rules: Pick<RuleSet, 'schemes'>,
	scheme: string,
	version: string
): SchemeVersion | undefined {
	return rules.schemes[scheme]?.find((v) => v.version === version);
}

/** The version valid on `date` (validFrom ≤ date ≤ validTo), or undefined. */
export function versionOn(versions: readonly SchemeVersion[], date: string): SchemeVersion | undefined {
	return versions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
}

/** Secondary (S) and derived (D) figures are marked for counselors; primary sources are not. */
export function gradeMark(source: Pick<Source, 'grade'> | undefined): 'secondary' | 'derived' | null {
	if (source?.grade === 'S') return 'secondary';
	if (source?.grade === 'D') return 'derived';
	return null;
}

function collectParams(expr: unknown, out: Set<string>): void {
	if (Array.isArray(expr)) {
		for (const e of expr) collectParams(e, out);
		return;
	}
	if (!expr || typeof expr !== 'object') return;
	for (const [k, v] of Object.entries(expr as Record<string, unknown>)) {
		if (k === 'param' && typeof v === 'string') out.add(v);
		else collectParams(v, out);
	}
}

/** Every parameter a scheme version reads, in the order they first appear (values, then criteria). */
export function parametersOf(def: SchemeVersion): string[] {
	const out = new Set<string>();
	for (const nv of Object.values(def.values ?? {})) collectParams(nv.expr as Expr, out);
	for (const c of def.criteria) {
		collectParams(c.when, out);
		collectParams(c.test, out);
		for (const n of c.explainValues ?? []) if (n.includes('.')) out.add(n);
	}
	return [...out];
}

export type ParameterValue = Parameter['values'][number];

/** The parameter value valid on `date`, if any. */
export function parameterValueOn(p: Parameter, date: string): ParameterValue | undefined {
	return (p.values as ParameterValue[]).find(
		(v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo)
	);
}

/** Values that ended before `date`, newest first (for the "earlier values" list). */
export function earlierValues(p: Parameter, date: string): ParameterValue[] {
	return (p.values as ParameterValue[])
		.filter((v) => v.validTo !== null && v.validTo < date)
		.sort((a, b) => b.validFrom.localeCompare(a.validFrom));
}
