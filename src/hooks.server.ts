import type { Handle } from '@sveltejs/kit';
import { isLang, languageMeta, sourceLang } from '$lib/i18n/languages';

export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLang;
	const { dir } = languageMeta(lang);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dir)
	});
};
