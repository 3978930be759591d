import { loadMessages } from '$lib/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { PageLoad } from './$types';

/** Static reading pages: fully prerendered HTML, no JavaScript needed (or loaded) to read or print them. */
export const csr = false;

export const load: PageLoad = async ({ data, params }) => ({
	...data,
	messages: await loadMessages(params.lang as Lang)
});
