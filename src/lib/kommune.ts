/** The municipality profile this build serves, chosen at build time with KOMMUNE (kommunenummer). */
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

// The same lean modules the question pages' rule set imports, so a page does not carry the profiles twice.
const profiler = import.meta.glob<KommuneProfilVisning>('/rules/kommuner/[0-9][0-9][0-9][0-9]-*.json', {
	eager: true,
	import: 'default',
	query: '?lean'
});

function velgProfil(kommunenummer: string): KommuneProfilVisning {
	const match = Object.entries(profiler).find(([path]) =>
		path.slice(path.lastIndexOf('/') + 1).startsWith(`${kommunenummer}-`)
	);
	if (!match) {
		const known = Object.keys(profiler)
			.map((p) => p.slice(p.lastIndexOf('/') + 1))
			.join(', ');
		throw new Error(
			`KOMMUNE=${kommunenummer}: no profile rules/kommuner/${kommunenummer}-<navn>.json (found: ${known || 'none'})`
		);
	}
	return match[1];
}

export const kommune: KommuneProfilVisning = velgProfil(__KOMMUNE__);

/** The address residents write to: the first contact with an e-mail address. */
export const kommuneEpost: string | null = kommune.kontakter.find((k) => k.epost)?.epost ?? null;
