// Searching the municipalities by the names a resident sees: «Kautokeino – Guovdageaidnu» is found as either.
import type { KommuneValg } from '$lib/kommuneliste';

// ø, æ and å are letters of their own, not accented ones: «Tromso» finds Tromsø, «Baerum» Bærum.
const fold = (s: string) =>
	s
		.toLowerCase()
		.replace(/ø/g, 'o')
		.replace(/æ/g, 'ae')
		.replace(/å/g, 'a')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.trim();

/**
 * Municipalities whose name (or other name) contains the query: names that start with it first, then the others,
 * each in the order of `list` (by name).
 */
export function searchKommuner(list: readonly KommuneValg[], query: string): KommuneValg[] {
	const q = fold(query);
	if (!q) return list.slice();
	const starts: KommuneValg[] = [];
	const contains: KommuneValg[] = [];
	for (const k of list) {
		const names = k.label.split(' – ').map(fold);
		if (names.some((n) => n.startsWith(q) || n.split(/[\s-]/).some((w) => w.startsWith(q)))) starts.push(k);
		else if (names.some((n) => n.includes(q))) contains.push(k);
	}
	return [...starts, ...contains];
}
