import { langCodes } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));
