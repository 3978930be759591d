import { loadMessages } from '$lib/i18n';
import { namespacesFor } from '$lib/i18n/namespaces';
import { langCodes, type Lang } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));

/**
 * The loaded texts, so optional rule texts can be looked up without tripping the missing-key handler. At first
 * only the page's own (namespaces.json); the results' texts come with the results' code (+page.svelte).
 */
export const load: PageLoad = async ({ params, route }) => ({
	messages: await loadMessages(params.lang as Lang, namespacesFor(route.id))
});
