// Every municipality without a profile of its own gets one derived from the generic profile (0000): its name and
// website from rules/kommuner/kommuneliste.json and its bostøtte group from the § 3 groups. In a build for the whole
// country the municipality is a question (`kommunenummer`) and the evaluation uses the answer. Which municipality a
// session belongs to (`placeOf`) and which profile a page shows (`profileFor`) are decided here and nowhere else.
import type { Answers, KommuneProfile, Kommuneliste, Source } from './schema';
import type { RuleSet } from './ruleset';
import { validOn } from './dates';

/** The question that names the municipality when the build serves the whole country. */
export const KOMMUNE_QUESTION = 'kommunenummer';
export const GENERISK = '0000';

type Kommune = Kommuneliste['kommuner'][number];

/** What the place functions read: the profiles, the list of municipalities and the § 3 groups. */
export type Steder = Pick<RuleSet, 'kommuner' | 'kommuneliste' | 'kommunegrupper'>;

const listed = (rules: Steder, nr: string) =>
	rules.kommuneliste?.kommuner.find((k) => k.kommunenummer === nr);

/** Whether the rule set knows the municipality: a profile of its own or a row in the list (not the generic 0000). */
export const isKnownKommune = (rules: Steder, nr: string): boolean =>
	nr !== GENERISK && (Object.hasOwn(rules.kommuner, nr) || listed(rules, nr) !== undefined);

/** The municipality to evaluate for: the given one when known, else the answer to `kommunenummer` when known. */
export function resolveKommune(rules: RuleSet, kommune: string, answers: Answers): string {
	if (isKnownKommune(rules, kommune)) return kommune;
	const answered = Object.hasOwn(answers, KOMMUNE_QUESTION) ? answers[KOMMUNE_QUESTION] : undefined;
	return typeof answered === 'string' && isKnownKommune(rules, answered) ? answered : kommune;
}

/** The § 3 group of a municipality on a date: a group, `null` when § 3 leaves it open (see `avklares`). */
export function bostotteGruppe(
	rules: Steder,
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

/** The build for the whole country (KOMMUNE=0000) serves every municipality it knows; any other build serves its own. */
export const servesWholeCountry = (build: string): boolean => build === GENERISK;

/**
 * The one rule for which municipality a session belongs to, given what a link, a file or the stored session states
 * (`kommune`) and the answer `kommunenummer`. A build for one municipality serves only that one. The build for the
 * whole country serves every municipality it knows: the answer first (the resident's own), then the stated one;
 * `kommunenummer` is the municipality then (so it is not asked again), or absent while none is known. `refused` is
 * a number that was given but that this build cannot serve (the caller says so, in the page's language).
 */
export function placeOf(
	rules: Steder,
	build: string,
	stated: { kommune?: unknown; kommunenummer?: unknown }
): { kommune: string; kommunenummer?: string; refused?: string } {
	const given = [stated.kommunenummer, stated.kommune]
		.map((v) => (typeof v === 'string' ? v.trim() : undefined))
		.filter((v): v is string => !!v);
	if (!servesWholeCountry(build)) {
		const refused = given.find((v) => v !== build);
		return refused === undefined ? { kommune: build } : { kommune: build, refused };
	}
	const known = given.find((v) => isKnownKommune(rules, v));
	if (known) return { kommune: known, kommunenummer: known };
	const refused = given.find((v) => v !== GENERISK);
	return refused === undefined ? { kommune: GENERISK } : { kommune: GENERISK, refused };
}

/** The municipality of a stored session (its `kommune` and its answers), by `placeOf`. */
export const sessionKommune = (
	rules: Steder,
	build: string,
	session: { kommune?: string; answers: Answers }
): string =>
	placeOf(rules, build, {
		kommune: session.kommune,
		kommunenummer: Object.hasOwn(session.answers, KOMMUNE_QUESTION)
			? session.answers[KOMMUNE_QUESTION]
			: undefined
	}).kommune;

/**
 * The profile a page shows for a build, a municipality (a session's, by `placeOf`; none on pages built ahead) and a
 * date: the municipality's when this build serves it, else the build's own (the generic one in the national build).
 */
export function profileFor(
	rules: Steder,
	build: string,
	kommune: string | undefined,
	date: string
): KommuneProfile {
	const serves = kommune !== undefined && servesWholeCountry(build) && isKnownKommune(rules, kommune);
	return profileOn(rules, serves ? kommune : build, date);
}

const derived = new WeakMap<Steder, Map<string, KommuneProfile>>();

/** The profile for a municipality on a date: its own, else one derived for a listed municipality, else generic. */
export function profileOn(rules: Steder, kommune: string, date: string): KommuneProfile {
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
		const kontakter = (generic.kontakter ?? []) as unknown[];
		p = {
			...generic,
			kommunenummer: row.kommunenummer,
			navn: row.navn,
			...(row.nettside && {
				kontakter: [kommunensNettside(row, rules.kommuneliste?.nettsider?.source), ...kontakter],
				nettsteder: [new URL(row.nettside).hostname.replace(/^www\./, '')]
			}),
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

/** What a municipality decides itself (startlån, the grants, municipal housing): ask it, through its website. */
export const KOMMUNENS_ORDNINGER = [
	'startlan',
	'tilskudd-etablering',
	'tilskudd-tilpasning',
	'tilskudd-utredning-prosjektering',
	'kommunal-utleiebolig'
];

function kommunensNettside(row: Kommune, source: Source | undefined) {
	return {
		id: 'kommunen',
		navn: row.navn,
		gjelder: KOMMUNENS_ORDNINGER,
		nettside: row.nettside,
		adresse: null,
		epost: null,
		telefon: null,
		apningstider: null,
		...(source && { source })
	};
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
