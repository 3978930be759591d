import { loadMessages } from '$lib/i18n';
import type { Lang } from '$lib/i18n/languages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, params }) => ({
	...data,
	messages: await loadMessages(params.lang as Lang)
});
