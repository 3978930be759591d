import { loadMessages } from '$lib/i18n';
import { langCodes, type Lang } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));

/** The loaded texts, so optional rule texts can be looked up without tripping the missing-key handler. */
export const load: PageLoad = async ({ params }) => ({ messages: await loadMessages(params.lang as Lang) });
