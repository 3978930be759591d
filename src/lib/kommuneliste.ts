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
export const kommuner: Kommune[] = (list?.kommuner ?? []).map(({ kommunenummer }, i) => {
	const [name = kommunenummer, other] = (names[i] ?? '').split('|');
	return other ? { kommunenummer, navn: name, andreNavn: other } : { kommunenummer, navn: name };
});

/** The municipalities this list knows, for `placeOf` and `sessionKommune` on pages without the rule set. */
export const steder: Steder = { kommuner: {}, kommuneliste: list };

/** «Kautokeino – Guovdageaidnu»: the name, and the Sami or Kven name when the municipality has one. */
export const kommuneLabel = (k: Kommune): string => (k.andreNavn ? `${k.navn} – ${k.andreNavn}` : k.navn);

/** The label for a kommunenummer, or undefined when it is not in the list. */
export function kommuneNavn(kommunenummer: string): string | undefined {
	const k = kommuner.find((x) => x.kommunenummer === kommunenummer);
	return k && kommuneLabel(k);
}

// ø, æ and å are letters of their own, not accented ones: «Tromso» finds Tromsø, «Baerum» Bærum.
const fold = (s: string) =>
	s
		.toLowerCase()
		.replace(/ø/g, 'o')
		.replace(/æ/g, 'ae')
		.replace(/å/g, 'a')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();

/** Municipalities whose name (or other name) contains the query: names that start with it first, then by name. */
export function searchKommuner(list: readonly Kommune[], query: string): Kommune[] {
	const q = fold(query);
	if (!q) return list.slice();
	const starts: Kommune[] = [];
	const contains: Kommune[] = [];
	for (const k of list) {
		const names = [k.navn, k.andreNavn ?? ''].map(fold);
		if (names.some((n) => n.startsWith(q) || n.split(/[\s-]/).some((w) => w.startsWith(q)))) starts.push(k);
		else if (names.some((n) => n.includes(q))) contains.push(k);
	}
	const byName = (a: Kommune, b: Kommune) => a.navn.localeCompare(b.navn, 'nb');
	return [...starts.sort(byName), ...contains.sort(byName)];
}
