// Every municipality without a profile of its own gets one derived from the generic profile (0000): its name from
// rules/kommuner/kommuneliste.json and its bostøtte group from the § 3 groups. In a build for the whole country the
// municipality is a question (`kommunenummer`) and the evaluation uses the answer.
import type { Answers, KommuneProfile } from './schema';
import type { RuleSet } from './ruleset';
import { validOn } from './engine';

/** The question that names the municipality when the build serves the whole country. */
export const KOMMUNE_QUESTION = 'kommunenummer';
export const GENERISK = '0000';

const listed = (rules: RuleSet, nr: string) =>
	rules.kommuneliste?.kommuner.find((k) => k.kommunenummer === nr);

/** Whether the rule set knows the municipality: a profile of its own or a row in the list (not the generic 0000). */
export const isKnownKommune = (rules: RuleSet, nr: string): boolean =>
	nr !== GENERISK && (Object.hasOwn(rules.kommuner, nr) || listed(rules, nr) !== undefined);

/** The municipality to evaluate for: the given one when known, else the answer to `kommunenummer` when known. */
export function resolveKommune(rules: RuleSet, kommune: string, answers: Answers): string {
	if (isKnownKommune(rules, kommune)) return kommune;
	const answered = Object.hasOwn(answers, KOMMUNE_QUESTION) ? answers[KOMMUNE_QUESTION] : undefined;
	return typeof answered === 'string' && isKnownKommune(rules, answered) ? answered : kommune;
}

/** The § 3 group of a municipality on a date: a group, `null` when § 3 leaves it open (see `avklares`). */
export function bostotteGruppe(
	rules: RuleSet,
	nr: string,
	date: string
): { gruppe: string | null; avklares?: { sporsmal: string; ja: string } } | undefined {
	const v = rules.kommunegrupper?.values.find((x) => validOn(x, date));
	if (!v) return undefined;
	const open = v.avklares?.[nr];
	if (open) return { gruppe: null, avklares: { sporsmal: open.sporsmal, ja: open.ja } };
	for (const [gruppe, nrs] of Object.entries(v.grupper)) if (nrs.includes(nr)) return { gruppe };
	return { gruppe: v.ovrige };
}

const derived = new WeakMap<RuleSet, Map<string, KommuneProfile>>();

/** The profile for a municipality on a date: its own, else one derived for a listed municipality, else generic. */
export function profileOn(rules: RuleSet, kommune: string, date: string): KommuneProfile {
	const own = rules.kommuner[kommune];
	if (own) return own;
	const generic = rules.kommuner[GENERISK];
	if (!generic) throw new Error(`no profile for kommune ${kommune} and no generic profile ${GENERISK}`);
	const row = listed(rules, kommune);
	if (!row) return generic;
	const g = bostotteGruppe(rules, kommune, date);
	const key = `${kommune}|${g?.gruppe}|${g?.avklares?.ja}`;
	let cache = derived.get(rules);
	if (!cache) derived.set(rules, (cache = new Map()));
	let p = cache.get(key);
	if (!p) {
		const bostotte = (generic.bostotte ?? {}) as Record<string, unknown>;
		p = {
			...generic,
			kommunenummer: row.kommunenummer,
			navn: row.navn,
			bostotte: {
				...bostotte,
				kommunegruppe: g?.gruppe ?? null,
				avklaresMedSporsmal: g?.avklares?.sporsmal ?? null,
				kommunegruppeVedJa: g?.avklares?.ja ?? null
			}
		};
		cache.set(key, p);
	}
	return p;
}

/**
 * While the question a missing question is `settledBy` is itself unanswered, that one is asked instead: the
 * kommunenummer settles the bostøtte group, so nobody is asked for a group they cannot know.
 */
export function askSettlingQuestions(rules: RuleSet, answers: Answers, missing: string[]): string[] {
	let out = missing;
	for (let i = 0; i < missing.length; i++) {
		const by = rules.questionById[missing[i]!]?.settledBy;
		if (!by || !Object.hasOwn(rules.questionById, by) || Object.hasOwn(answers, by)) continue;
		if (out === missing) out = missing.slice();
		out[out.indexOf(missing[i]!)] = by;
	}
	return out === missing ? missing : [...new Set(out)];
}
