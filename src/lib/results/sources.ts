import type { KommuneProfile, Source } from '$lib/rules';

/**
 * Hosts whose pages a resident is sent to: the authorities behind the schemes (Lovdata for the law texts,
 * Husbanken, NAV, Regjeringen, Statsforvalteren, Norges Bank) and the municipality's own sites (profile
 * `nettsteder`). Anything else (saved copies on github.com, guides, other municipalities' pages) is provenance for
 * counselors, never a resident's link.
 */
export const OFFICIAL_HOSTS = [
	'lovdata.no',
	'husbanken.no',
	'nav.no',
	'regjeringen.no',
	'statsforvalteren.no',
	'norges-bank.no'
] as const;

export function officialHosts(profile: Pick<KommuneProfile, 'nettsteder'> | undefined): string[] {
	return [...OFFICIAL_HOSTS, ...(profile?.nettsteder ?? [])];
}

/** Whether `url` is an https address on one of `hosts` (or a sub-domain of one). */
export function isOfficialUrl(url: string | undefined | null, hosts: readonly string[]): boolean {
	if (!url) return false;
	let host: string;
	try {
		const u = new URL(url);
		if (u.protocol !== 'https:') return false;
		host = u.hostname;
	} catch {
		return false;
	}
	return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Confirmed by the authority itself: its own text (grade P), or a saved copy of it (P-arch). */
export const confirmedGrade = (s: Pick<Source, 'grade'> | undefined): boolean =>
	s?.grade === 'P' || s?.grade === 'P-arch';

/**
 * How a source is shown: to a resident only when the authority's own text backs it, linked only to an official
 * host; to a counselor always, linked when https, with `unconfirmed` when it is third-party or derived material.
 */
export function sourceView(
	source: Source,
	hosts: readonly string[],
	counselor: boolean
): { text: string; url: string | null; unconfirmed: boolean } | null {
	const confirmed = confirmedGrade(source);
	if (!counselor && !confirmed) return null;
	const text = sourceText(source);
	const https = source.url && /^https:\/\//.test(source.url) ? source.url : null;
	const url = counselor ? https : isOfficialUrl(https, hosts) ? https : null;
	return { text, url, unconfirmed: !confirmed };
}

/** "sosialtjenesteloven § 27" once, not "sosialtjenesteloven § 27, § 27": the paragraph only when it adds something. */
export function sourceText(source: Pick<Source, 'instrument' | 'paragraph'>): string {
	const { instrument, paragraph } = source;
	if (!paragraph || instrument.includes(paragraph)) return instrument;
	return `${instrument}, ${paragraph}`;
}
