import { langCodes } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));

// The start page is text and links: it ships no JavaScript, so it is fast on any phone and works without it.
export const csr = false;
