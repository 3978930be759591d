import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { isLang, languageMeta, sourceLang } from '$lib/i18n/languages';
import { namespacesFor } from '$lib/i18n/namespaces';
import { paintFirst } from '$lib/server/paint-first';
import { preloadTexts } from '$lib/server/text-preloads';

/** The site's root path (BASE_PATH, as in svelte.config.js), for the not-found page. */
const siteRoot = `${(process.env.BASE_PATH ?? '').replace(/\/$/, '')}/`;

const RESULTS = '/[lang=lang]/resultat';

export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLang;
	const { dir } = languageMeta(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			let page = html.replace('%lang%', lang).replace('%dir%', dir);
			// The not-found page is served for any missing address, at any depth: its relative links start at the root.
			if (event.route.id === '/404.html') page = page.replace('<head>', `<head><base href="${siteRoot}" />`);
			if (!building) return page;
			// The results page's prerendered HTML is a heading and a loading line: nothing to read before its code and
			// its texts are in.
			if (event.route.id === RESULTS) return preloadTexts(page, lang, namespacesFor(RESULTS) ?? []);
			return paintFirst(page);
		}
	});
};
