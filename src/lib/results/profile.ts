import type { KommuneProfile, SchemeVersion } from '$lib/rules';

/** A contact in a municipality profile; `null` fields are not known and shown as not confirmed. */
export interface ProfileContact {
	id: string;
	navn: string;
	gjelder?: string[];
	adresse?: string | null;
	epost?: string | null;
	telefon?: string | null;
	apningstider?: string | null;
	/** The municipality's website where it has no profile of its own (rules/kommuner/kommuneliste.json). */
	nettside?: string | null;
}

/** The value at a dot path of the profile (`tilbyr.tilskuddEtablering`); `undefined` when absent. */
export function profileValue(profile: KommuneProfile | undefined, path: string): unknown {
	let v: unknown = profile;
	for (const k of path.split('.')) {
		if (!v || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
		v = (v as Record<string, unknown>)[k];
	}
	return v;
}

/**
 * Why a scheme is left out for this municipality: `not-offered` when the profile says `false`,
 * `not-confirmed` when it is `null` or missing (the service does not know).
 */
export function exclusionReason(
	profile: KommuneProfile | undefined,
	def: Pick<SchemeVersion, 'requiresProfile'> | undefined
): 'not-offered' | 'not-confirmed' {
	if (!def?.requiresProfile) return 'not-confirmed';
	return profileValue(profile, def.requiresProfile) === false ? 'not-offered' : 'not-confirmed';
}

/** The profile's contacts for a scheme (`gjelder` lists scheme ids); empty when none names it. */
export function contactsFor(profile: KommuneProfile | undefined, schemeId: string): ProfileContact[] {
	const all = (profileValue(profile, 'kontakter') as ProfileContact[] | undefined) ?? [];
	const valid = all.filter((c) => c && typeof c === 'object' && typeof c.navn === 'string');
	const named = valid.filter((c) => Array.isArray(c.gjelder) && c.gjelder.includes(schemeId));
	return named;
}

/** A contact a resident can use: at least one confirmed channel (telephone, e-mail, address or website). */
export function reachable(c: ProfileContact): boolean {
	return !!(c.telefon || c.epost || c.adresse || c.nettside);
}

/** `tel:` link for a Norwegian number as the profile writes it ("55 55 33 33"). */
export function telHref(number: string): string {
	const digits = number.replace(/[\s-]+/g, '');
	return `tel:${digits.startsWith('+') ? digits : `+47${digits}`}`;
}
