// What a maintainer must check on a given day (`npm run rules -- due`), and which figures a result uses past their
// review date. Framework-free: the counselor page lists the same items.
import type { RuleSet } from './ruleset';
import type { ParameterValue } from './schema';
import { validOn, type FigureDoubt } from './engine';
export type { FigureDoubt } from './engine';

export type DueReason = 'review' | 'unknown' | 'grade';

export interface DueItem {
	kind: 'parameter' | 'scheme' | 'kommuner';
	file: string;
	id: string;
	validFrom: string;
	validTo: string | null;
	/** Why it is due: past `reviewBy`, the value is `unknown`, or it rests only on a secondary (S) or derived (D) source. */
	reasons: DueReason[];
	reviewBy?: string;
	grade?: string;
	/** What to do: the rule file's `reviewCheck`, else a default for the reasons. */
	todo: string;
}

const TODO: Record<DueReason, string> = {
	review: 'check the figure against the source and add the next dated value (or move reviewBy)',
	unknown: 'find the value in a primary source and replace the unknown value',
	grade:
		'confirm the figure in a primary source (husbanken.no, lovdata.no, nav.no, regjeringen.no) and raise the grade'
};

/** The file's `reviewCheck` says how to settle a review or an unknown value; a grade S/D always needs a primary source. */
function todoFor(reasons: DueReason[], reviewCheck: string | undefined): string {
	const settle = reasons.filter((r) => r !== 'grade');
	const parts = settle.length ? [reviewCheck ?? settle.map((r) => TODO[r]).join('; ')] : [];
	if (reasons.includes('grade')) parts.push(TODO.grade);
	return parts.join(' ');
}

const reviewPast = (v: { reviewBy?: string }, date: string): boolean =>
	v.reviewBy !== undefined && v.reviewBy <= date;

/** Every parameter value, scheme version and municipality list in force on `date` that is due for a check, by file. */
export function dueOn(rules: RuleSet, date: string): DueItem[] {
	const items: DueItem[] = [];
	for (const p of Object.values(rules.parameters)) {
		const file = rules.fileOf.get(p) ?? p.id;
		for (const v of p.values as ParameterValue[]) {
			if (!validOn(v, date)) continue;
			const reasons: DueReason[] = [];
			if (reviewPast(v, date)) reasons.push('review');
			if (v.unknown) reasons.push('unknown');
			const grade = v.source?.grade;
			if (!v.unknown && (grade === 'S' || grade === 'D')) reasons.push('grade');
			if (!reasons.length) continue;
			items.push({
				kind: 'parameter',
				file,
				id: p.id,
				validFrom: v.validFrom,
				validTo: v.validTo,
				reasons,
				...(v.reviewBy ? { reviewBy: v.reviewBy } : {}),
				...(grade ? { grade } : {}),
				todo: todoFor(reasons, v.reviewCheck)
			});
		}
	}
	for (const versions of Object.values(rules.schemes))
		for (const s of versions)
			if (validOn(s, date) && reviewPast(s, date))
				items.push({
					kind: 'scheme',
					file: rules.fileOf.get(s) ?? s.id,
					id: `${s.id}@${s.version}`,
					validFrom: s.validFrom,
					validTo: s.validTo,
					reasons: ['review'],
					reviewBy: s.reviewBy!,
					todo: s.reviewCheck ?? TODO.review
				});
	const lists: {
		data: {
			validFrom: string;
			validTo?: string | null;
			reviewBy?: string;
			reviewCheck?: string;
			source?: { grade: string };
		};
		id: string;
		owner: object;
	}[] = [];
	if (rules.kommuneliste)
		lists.push({ data: rules.kommuneliste, id: 'kommuneliste', owner: rules.kommuneliste });
	for (const v of rules.kommunegrupper?.values ?? [])
		lists.push({ data: v, id: rules.kommunegrupper!.id, owner: rules.kommunegrupper! });
	for (const { data, id, owner } of lists) {
		const period = { validFrom: data.validFrom, validTo: data.validTo ?? null };
		if (!validOn(period, date)) continue;
		const reasons: DueReason[] = [];
		if (reviewPast(data, date)) reasons.push('review');
		const grade = data.source?.grade;
		if (grade === 'S' || grade === 'D') reasons.push('grade');
		if (reasons.length)
			items.push({
				kind: 'kommuner',
				file: rules.fileOf.get(owner) ?? id,
				id,
				...period,
				reasons,
				...(data.reviewBy ? { reviewBy: data.reviewBy } : {}),
				...(grade ? { grade } : {}),
				todo: todoFor(reasons, data.reviewCheck)
			});
	}
	// Code-point order of ASCII paths and ISO dates: a first localeCompare builds an ICU collator (the counselor
	// page's start-up paid ~60–90 ms for it at 4× CPU).
	const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
	return items.sort((a, b) => by(a.file, b.file) || by(a.validFrom, b.validFrom));
}

/** A due parameter value as the doubt a result would name (the counselor page words both the same way). */
export function dueDoubt(i: DueItem): FigureDoubt | null {
	if (i.kind !== 'parameter') return null;
	const reason = i.reasons.includes('unknown')
		? 'unknown'
		: i.reasons.includes('review')
			? 'review'
			: i.grade === 'D'
				? 'derived'
				: 'secondary';
	return {
		param: i.id,
		reason,
		validFrom: i.validFrom,
		...(reason === 'review' && i.reviewBy ? { reviewBy: i.reviewBy } : {})
	};
}

export const formatPeriod = (from: string, to: string | null): string => `${from}..${to ?? ''}`;

/** One line for the CLI: file, id, period, why, what to do. */
export function formatDueItem(i: DueItem): string {
	const why = i.reasons
		.map((r) =>
			r === 'review'
				? `review by ${i.reviewBy} passed`
				: r === 'unknown'
					? 'unknown'
					: `grade ${i.grade} only`
		)
		.join(', ');
	return `${i.file}  ${i.id}  ${formatPeriod(i.validFrom, i.validTo)}  [${why}]  ${i.todo}`;
}
