import { error } from '@sveltejs/kit';
import { createTranslator, loadMessages } from '$lib/i18n';
import { isLang } from '$lib/i18n/languages';
import { namespacesFor } from '$lib/i18n/namespaces';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, route }) => {
	if (!isLang(params.lang)) error(404, `Unknown language "${params.lang}"`);
	const lang = params.lang;
	// messages: the loaded texts, so a page can look up optional rule texts without tripping the missing-key handler
	const messages = await loadMessages(lang, namespacesFor(route.id));
	return { lang, t: createTranslator(lang, messages), messages };
};
