import { error } from '@sveltejs/kit';
import { langCodes } from '$lib/i18n/languages';
import { ruleSet } from '$lib/rules/bundled';
import { profileFor, servesWholeCountry } from '$lib/rules/kommuner';
import type { Parameter } from '$lib/rules';
import { exclusionReason, parametersOf, profileValue, todayInNorway, versionOn } from '$lib/results';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;
/** Static reading pages: fully prerendered HTML, no JavaScript needed (or loaded) to read or print them. */
export const csr = false;

export const entries: EntryGenerator = () =>
	langCodes.flatMap((lang) => Object.keys(ruleSet.schemes).map((scheme) => ({ lang, scheme })));

/**
 * One scheme's "Slik vurderer vi" page, from the rule files at build time: the version in force today (or the
 * newest), every version with its dates, and the parameters that version reads with all their dated values.
 */
export const load: PageServerLoad = ({ params }) => {
	const versions = ruleSet.schemes[params.scheme];
	if (!versions?.length) error(404, `Unknown scheme "${params.scheme}"`);
	const today = todayInNorway();
	const def = versionOn(versions, today) ?? versions.at(-1)!;
	const profile = profileFor(ruleSet, __KOMMUNE__, undefined, today);
	const parameters = parametersOf(def)
		.map((id) => ruleSet.parameters[id])
		.filter((p): p is Parameter => !!p)
		.map((p) => structuredClone(p));
	const scheme = {
		id: def.id,
		version: def.version,
		validFrom: def.validFrom,
		validTo: def.validTo,
		decidedBy: def.decidedBy,
		onAllMet: def.onAllMet,
		texts: def.texts,
		criteria: def.criteria.map((c) => ({
			id: c.id,
			hard: c.hard,
			conditional: c.when !== undefined && c.when !== null,
			explain: c.explain,
			explainValues: c.explainValues ?? [],
			source: structuredClone(c.source)
		})),
		amount: def.amount
			? {
					unit: def.amount.unit,
					steps: def.amount.steps.map((id) => ({
						id,
						unit: def.values?.[id]?.unit ?? null,
						source: def.values?.[id]?.source ? structuredClone(def.values[id]!.source!) : null
					}))
				}
			: null
	};
	return {
		today,
		scheme,
		versions: versions.map((v) => ({ version: v.version, validFrom: v.validFrom, validTo: v.validTo })),
		parameters,
		// the build for the whole country serves municipalities that decide this differently
		offered: def.requiresProfile
			? servesWholeCountry(__KOMMUNE__)
				? ('depends' as const)
				: profileValue(profile, def.requiresProfile) === true
					? ('offered' as const)
					: exclusionReason(profile, def)
			: null,
		kommuneNavn: profile?.navn ?? ''
	};
};
