import { readFileSync } from 'node:fs';
import { PRELOAD } from './paint-first';

/*
 * The results page shows nothing until its texts are in, and the layout asks for them (a dynamic import per
 * namespace) only once the app's modules have run: on slow 4G one more round trip after all of its JavaScript.
 * Listing the texts' chunks with the page's other modulepreload links fetches them together with it. Lighthouse,
 * results page, 5 pairs: LCP median 2 656 → 2 447 ms (scripts/perf/README.md).
 *
 * Which chunk holds which locale file is in the client build's manifest, written before the pages are prerendered.
 */
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

export class TextPreloadError extends Error {}

type Manifest = Record<string, { file: string }>;

let manifest: Manifest | undefined;

function readManifest(): Manifest {
	try {
		return (manifest ??= JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) as Manifest);
	} catch (e) {
		throw new TextPreloadError(`cannot read the client build's manifest ${CLIENT_MANIFEST}: ${String(e)}`);
	}
}

export function preloadTexts(
	html: string,
	lang: string,
	namespaces: readonly string[],
	chunks: Manifest = readManifest()
): string {
	const last = [...html.matchAll(PRELOAD)].at(-1);
	if (!last) throw new TextPreloadError('the page has no modulepreload link to put its texts beside');
	const href = last[1] ?? '';
	// the links' relative path to the site's root, as the last one has it (`../../` on /nb/resultat/)
	const prefix = href.slice(0, href.indexOf('_app/'));
	const texts = namespaces.map((ns) => {
		const source = `src/lib/i18n/locales/${lang}/${ns}.json`;
		const chunk = chunks[source];
		if (!chunk) throw new TextPreloadError(`the client build's manifest has no chunk for ${source}`);
		return last[0].replace(href, prefix + chunk.file);
	});
	return html.replace(last[0], [last[0], ...texts].join(''));
}
