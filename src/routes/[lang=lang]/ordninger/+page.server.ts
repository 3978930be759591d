import { langCodes } from '$lib/i18n/languages';
import { ruleSet } from '$lib/rules/bundled';
import { profileFor, servesWholeCountry } from '$lib/rules/kommuner';
import { exclusionReason, profileValue, todayInNorway, versionOn } from '$lib/results';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;
/** Static reading pages: fully prerendered HTML, no JavaScript needed (or loaded) to read or print them. */
export const csr = false;

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));

/** The scheme list for the "Slik vurderer vi" index, read from the rule files at build time. */
export const load: PageServerLoad = () => {
	const today = todayInNorway();
	const profile = profileFor(ruleSet, __KOMMUNE__, undefined, today);
	const schemes = Object.entries(ruleSet.schemes)
		.map(([id, versions]) => {
			const def = versionOn(versions, today) ?? versions.at(-1)!;
			return {
				id,
				texts: def.texts,
				decidedBy: def.decidedBy,
				onAllMet: def.onAllMet,
				excluded: !def.requiresProfile
					? null
					: servesWholeCountry(__KOMMUNE__)
						? ('depends' as const)
						: profileValue(profile, def.requiresProfile) !== true
							? exclusionReason(profile, def)
							: null
			};
		})
		.sort((a, b) => a.id.localeCompare(b.id));
	return { schemes, kommuneNavn: profile?.navn ?? '' };
};
