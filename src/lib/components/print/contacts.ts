import type { KommuneProfile } from '$lib/rules';
import { profileValue, type ProfileContact } from '$lib/results';

/** Every contact in the municipality profile (fields it does not know are null and print as not confirmed). */
export function contactsOf(profile: KommuneProfile | undefined): ProfileContact[] {
	const all = profileValue(profile, 'kontakter');
	if (!Array.isArray(all)) return [];
	return all.filter(
		(c): c is ProfileContact => !!c && typeof c === 'object' && typeof (c as ProfileContact).navn === 'string'
	);
}
