import { error } from '@sveltejs/kit';
import { createI18n, loadMessages } from '$lib/i18n';
import { isLang } from '$lib/i18n/languages';
import { namespacesFor } from '$lib/i18n/namespaces';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, route }) => {
	if (!isLang(params.lang)) error(404, `Unknown language "${params.lang}"`);
	const lang = params.lang;
	// texts: the page's i18next, for a page that adds texts after its first paint; t: what every page shows texts with
	const texts = createI18n(lang, await loadMessages(lang, namespacesFor(route.id)));
	return { lang, texts, t: texts.getFixedT(lang) };
};
