import type { TFunction } from 'i18next';
import type { Lang } from '$lib/i18n/languages';
import type { KommuneProfile, RuleSet, SchemeResult, SchemeVersion } from '$lib/rules';
// Straight from the files, not the $lib/results index: the results page loads this before the rules engine.
import { formatResolver, type ValueFormat } from '$lib/results/explain';
import { schemeVersion } from '$lib/results/rules';

/**
 * Everything the result components need besides the result itself. The results page, the counselor page and
 * the print-out build one with `createResultContext` and pass it to every component as `ctx`.
 */
export interface ResultContext {
	t: TFunction;
	lang: Lang;
	rules: RuleSet;
	/** The municipality profile the result was computed for (contacts, offered schemes). */
	profile: KommuneProfile | undefined;
	/** Link to a question page, e.g. `${base}/nb/sporsmal/inntekt_maned/`. */
	questionHref: (questionId: string) => string;
	/** Link to the scheme's "Slik vurderer vi" page. */
	schemeHref: (schemeId: string) => string;
	/**
	 * Counselor mode: the reasoning open, every source (third-party material marked as not confirmed by the
	 * authority), every contact field. Residents see official sources and confirmed channels only.
	 */
	counselor?: boolean;
}

export function createResultContext(init: ResultContext): ResultContext {
	return init;
}

/** The scheme's name: its rule text, else the UI's fallback name, else the id (never crashes). */
export function schemeName(
	ctx: Pick<ResultContext, 't'>,
	scheme: string,
	texts = `schemes.${scheme}`
): string {
	return ctx.t([`${texts}.name`, `results.schemeNames.${scheme}`], { defaultValue: scheme });
}

/** Lower-cases the first letter for use inside a sentence, unless the word is an acronym (NAV). */
export function inSentence(name: string): string {
	if (name.length > 1 && name[1] === name[1]!.toUpperCase() && name[1] !== name[1]!.toLowerCase())
		return name;
	return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

export function decider(ctx: Pick<ResultContext, 't'>, decidedBy: string): string {
	return ctx.t(`results.decidedBy.${decidedBy}`, { defaultValue: decidedBy });
}

export function defOf(ctx: Pick<ResultContext, 'rules'>, r: SchemeResult): SchemeVersion | undefined {
	return schemeVersion(ctx.rules, r.scheme, r.version);
}

export function formatsOf(
	ctx: Pick<ResultContext, 'rules'>,
	def: SchemeVersion | undefined
): (name: string) => ValueFormat {
	return formatResolver(ctx.rules, def);
}
