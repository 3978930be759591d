// The municipalities of rules/kommuner/kommuneliste.json for display and search: their numbers from the same lean
// module the question pages' rule set imports, their names from `virtual:boligsjekk/kommunenavn` (in the list's
// order), which only the pages that show a name load (the build for the whole country; elsewhere it is empty).
import type { Steder } from '$lib/rules/kommuner';
import navn from 'virtual:boligsjekk/kommunenavn';

export interface Kommune {
	kommunenummer: string;
	navn: string;
	/** The Sami or Kven name, which a resident may search for. */
	andreNavn?: string;
}

const lists = import.meta.glob<NonNullable<Steder['kommuneliste']>>('/rules/kommuner/kommuneliste.json', {
	eager: true,
	import: 'default',
	query: '?lean'
});
const list = Object.values(lists)[0];
const names = navn ? navn.split('\n') : [];

/** Every municipality with its name, in the list's order. */
const kommuner: Kommune[] = (list?.kommuner ?? []).map(({ kommunenummer }, i) => {
	const [name = kommunenummer, other] = (names[i] ?? '').split('|');
	return other ? { kommunenummer, navn: name, andreNavn: other } : { kommunenummer, navn: name };
});

/** The municipalities this list knows, for `placeOf` and `sessionKommune` on pages without the rule set. */
export const steder: Steder = { kommuner: {}, kommuneliste: list };

/** «Kautokeino – Guovdageaidnu»: the name, and the Sami or Kven name when the municipality has one. */
export const kommuneLabel = (k: Kommune): string => (k.andreNavn ? `${k.navn} – ${k.andreNavn}` : k.navn);

/** A municipality as a resident chooses it: its number and its label. */
export interface KommuneValg {
	kommunenummer: string;
	label: string;
}

/** Every municipality to choose from, by name. */
export const kommuneValg: KommuneValg[] = kommuner
	.map((k) => ({ kommunenummer: k.kommunenummer, label: kommuneLabel(k) }))
	.sort((a, b) => a.label.localeCompare(b.label, 'nb'));

/** The label for a kommunenummer, or undefined when it is not in the list. */
export function kommuneNavn(kommunenummer: string): string | undefined {
	const k = kommuner.find((x) => x.kommunenummer === kommunenummer);
	return k && kommuneLabel(k);
}
