// The municipality this build serves (KOMMUNE, a kommunenummer; 0000 serves the whole country), for the header,
// the footer and the pages about the service. Which profile that is, the one resolver (`profileFor`) decides.
import type { KommuneProfile } from '$lib/rules';
import { profileFor, servesWholeCountry } from '$lib/rules/kommuner';
export interface KommuneKontakt {
	id: string;
	navn: string;
	adresse?: string | null;
	epost?: string | null;
	telefon?: string | null;
	apningstider?: string | null;
}

export interface KommuneProfilVisning {
	kommunenummer: string;
	navn: string;
	kontakter: KommuneKontakt[];
}

// The same module the question pages' rule set imports, so a page does not carry the profiles twice; the build
// stops when it has no profile of the build's own municipality (src/tooling/vite/rules-client.js).
import kommuner from 'virtual:boligsjekk/kommuner';

/** The build's own profile (the date does not matter: a profile of its own is the same on every day). */
export const kommune = profileFor({ kommuner }, __KOMMUNE__, undefined, '') as KommuneProfilVisning &
	KommuneProfile;

/** The build for the whole country: its pages name the municipality the resident chose, or the whole country. */
export const nasjonal = servesWholeCountry(__KOMMUNE__);

/** The address residents write to about the service: the municipality's first e-mail address (none nationally). */
export const kommuneEpost: string | null = nasjonal
	? null
	: (kommune.kontakter.find((k) => k.epost)?.epost ?? null);

/** Who answers for the service in the texts about it: the municipality, or whoever runs the national build. */
export const tjenesteEier = (t: (key: string) => unknown): string =>
	nasjonal ? String(t('common.meta.operatorNational')) : kommune.navn;
