import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { isLang, languageMeta, sourceLang } from '$lib/i18n/languages';
import { paintFirst } from '$lib/server/paint-first';

export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLang;
	const { dir } = languageMeta(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang).replace('%dir%', dir);
			return building ? paintFirst(page) : page;
		}
	});
};
