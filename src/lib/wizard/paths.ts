import { base } from '$app/paths';
import type { Lang } from '$lib/i18n/languages';
import type { JourneySnapshot } from './machine';

export const startPath = (lang: Lang) => `${base}/${lang}/`;
export const questionPath = (lang: Lang, id: string) => `${base}/${lang}/sporsmal/${id}/`;
export const reviewPath = (lang: Lang) => `${base}/${lang}/svar/`;
export const resultPath = (lang: Lang) => `${base}/${lang}/resultat/`;
export const schemesPath = (lang: Lang) => `${base}/${lang}/ordninger/`;

/** The page that shows the journey's state. */
export function pathFor(lang: Lang, snapshot: JourneySnapshot): string {
	if (snapshot.matches('asking') && snapshot.context.current)
		return questionPath(lang, snapshot.context.current);
	if (snapshot.matches('reviewing')) return reviewPath(lang);
	if (snapshot.matches('finished')) return resultPath(lang);
	return startPath(lang);
}
