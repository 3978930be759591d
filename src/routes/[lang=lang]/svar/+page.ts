import { langCodes } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// Nothing links here before the journey has answers, so the crawler needs telling.
export const entries: EntryGenerator = () => langCodes.map((lang) => ({ lang }));
