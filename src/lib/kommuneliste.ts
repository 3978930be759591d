// The municipalities of rules/kommuner/kommuneliste.json for display and search. The same lean module the question
// pages' rule set imports, so those pages do not carry the list twice.
import type { Kommuneliste } from '$lib/rules/schema';
import type { Steder } from '$lib/rules/kommuner';

export type Kommune = Kommuneliste['kommuner'][number];

const lists = import.meta.glob<Kommuneliste>('/rules/kommuner/kommuneliste.json', {
	eager: true,
	import: 'default',
	query: '?lean'
});
const list = Object.values(lists)[0];
const kommuner: Kommune[] = list?.kommuner ?? [];

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
