import type { CriterionResult, SchemeResult, Source } from '$lib/rules';

/** The criteria a print-out gives as the reason: the deciding ones, or for a positive result the hard ones met. */
export function whyCriteria(r: SchemeResult): CriterionResult[] {
	const deciding = r.criteria.filter((c) => r.deciding.includes(c.id));
	return deciding.length ? deciding : r.criteria.filter((c) => c.hard && c.result === 'met');
}

/** Whether the amount (and its calculation) is printed. */
export function hasAmount(r: SchemeResult): boolean {
	return !!r.amount && r.outcome !== 'not-eligible' && typeof r.amount.value === 'number';
}

export function safeUrl(s: Source): string | null {
	return s.url && /^https:\/\//.test(s.url) ? s.url : null;
}

export const sourceKey = (s: Source): string => safeUrl(s) ?? `${s.instrument}`;

/** Whether the reasons are the criteria that decided the outcome (not-met, unknown), not the ones met. */
export function decidedBy(r: SchemeResult): boolean {
	return r.criteria.some((c) => r.deciding.includes(c.id));
}

/**
 * The sources whose addresses the print-out lists (numbered at the end): those of the deciding criteria and of
 * the calculation steps. A result that still needs answers has reached no legal conclusion, so it has none; the
 * criteria met for a positive result are named by instrument and paragraph (see `instrumentsOf`), not listed.
 */
export function sourcesOf(r: SchemeResult): Source[] {
	if (r.outcome === 'unknown') return [];
	const steps = hasAmount(r) ? r.amount!.steps.flatMap((s) => (s.source ? [s.source] : [])) : [];
	return [...(decidedBy(r) ? whyCriteria(r).map((c) => c.source) : []), ...steps];
}

/** "bustøttelova (LOV-…): § 3 b–c, § 5; forskrift om bustøtte: § 10": the met criteria's legal basis, compactly. */
export function instrumentsOf(r: SchemeResult): { instrument: string; paragraphs: string[] }[] {
	if (r.outcome === 'unknown' || decidedBy(r)) return [];
	const by = new Map<string, string[]>();
	for (const c of whyCriteria(r)) {
		const list = by.get(c.source.instrument) ?? [];
		if (c.source.paragraph && !list.includes(c.source.paragraph)) list.push(c.source.paragraph);
		by.set(c.source.instrument, list);
	}
	return [...by].map(([instrument, paragraphs]) => ({ instrument, paragraphs }));
}

export interface SourceRefEntry {
	n: number;
	url: string | null;
	instrument: string;
	paragraphs: string[];
	grade: Source['grade'];
}

/** Numbers every distinct source (by address) across the print-out, for one list at the end. */
export function numberSources(results: readonly SchemeResult[]): Map<string, SourceRefEntry> {
	const out = new Map<string, SourceRefEntry>();
	for (const r of results)
		for (const s of sourcesOf(r)) {
			const key = sourceKey(s);
			const entry = out.get(key) ?? {
				n: out.size + 1,
				url: safeUrl(s),
				instrument: s.instrument,
				paragraphs: [],
				grade: s.grade
			};
			if (s.paragraph && !entry.paragraphs.includes(s.paragraph)) entry.paragraphs.push(s.paragraph);
			out.set(key, entry);
		}
	return out;
}
