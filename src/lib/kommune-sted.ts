// What a page says when a link or an answer file named a municipality this build cannot serve (placeOf): the
// answers are kept, and the resident learns where they came from and which rules they are checked by now.
import { GENERISK, servesWholeCountry } from '$lib/rules/kommuner';
import { kommune } from '$lib/kommune';

type T = (key: string, options?: Record<string, unknown>) => unknown;

export function refusedPlaceText(t: T, refused: string): string {
	if (servesWholeCountry(__KOMMUNE__)) return String(t('counselor.place.unknownNumber', { nr: refused }));
	const key = refused === GENERISK ? 'counselor.place.fromWholeCountry' : 'counselor.place.fromOtherVersion';
	return String(t(key, { nr: refused, kommune: kommune.navn }));
}
