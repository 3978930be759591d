import './reasoning.css';
import type { AmountStep, CriterionResult, SchemeResult, Source } from '$lib/rules';
import {
	explainText,
	formatValue,
	formatWithUnit,
	isolate,
	officialHosts,
	sourceView,
	unitFormat
} from '$lib/results';
import { formatDate } from '$lib/format';
import { decider, defOf, formatsOf, inSentence, schemeName, type ResultContext } from './context';

/*
 * The folded reasoning as plain markup: once evaluated it never changes, and the results page puts every scheme's
 * fold in the page (for find in page), so it is written as one string per scheme and parsed by the browser, not
 * built node by node as components. Every text is escaped.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

type SourceContext = Pick<ResultContext, 't' | 'lang' | 'profile' | 'counselor'>;

/**
 * A legal source: instrument and paragraph, linked when official. Residents see only what the authority's own text
 * backs, linked only to official hosts (see `sourceView`); counselors see every source, third-party and derived
 * material marked as not confirmed by the authority. '' when a resident is not shown the source.
 */
export function sourceHtml(source: Source, ctx: SourceContext, label = true): string {
	const view = sourceView(source, officialHosts(ctx.profile), !!ctx.counselor);
	if (!view) return '';
	const t = ctx.t;
	let html = '<span class="source-ref">';
	if (label) html += `<span class="source-ref__label">${esc(t('results.source.label'))}:</span> `;
	html += view.url
		? `<a class="ds-link" href="${esc(view.url)}" rel="external noreferrer">${esc(view.text)}</a>`
		: `<span>${esc(view.text)}</span>`;
	if (view.unconfirmed) {
		const mark = source.grade === 'D' ? 'derived' : 'secondary';
		const help = t(`results.source.${mark}Help`, { defaultValue: '' });
		html += ` <span class="ds-tag grade-tag" data-color="warning" data-size="sm"${help ? ` title="${esc(help)}"` : ''}>${esc(t(`results.source.${mark}`, { defaultValue: mark }))}</span>`;
	}
	return html + '</span>';
}

const ICONS = { met: '✓', 'not-met': '✕', unknown: '?', 'not-applicable': '–' } as const;

/** Criteria in plain language, each with its status in words and its legal source. */
export function criteriaHtml(
	result: SchemeResult,
	ctx: ResultContext,
	criteria: readonly CriterionResult[]
): string {
	const t = ctx.t;
	const formatOf = formatsOf(ctx, defOf(ctx, result));
	let html = '<ul class="criteria-list">';
	for (const c of criteria) {
		const text =
			explainText(t, c.explain, formatOf, ctx.lang) ||
			t(`results.criterion.fallback.${c.result}`, { id: c.id, defaultValue: c.id });
		const status = c.hard
			? `<span class="criteria-list__status"><span aria-hidden="true">${ICONS[c.result]}</span> ${esc(t(`results.criterion.status.${c.result}`, { defaultValue: c.result }))}:</span>`
			: '<span class="criteria-list__status" aria-hidden="true">ℹ</span>';
		html += `<li class="criteria-list__item" data-criterion="${esc(c.id)}" data-result="${c.result}" data-hard="${c.hard}">${status} <span class="criteria-list__text">${esc(text)}</span><br>${sourceHtml(c.source, ctx)}</li>`;
	}
	return html + '</ul>';
}

/** "Slik har vi regnet": the amount's calculation steps in order, each named, valued and sourced. */
export function amountStepsHtml(result: SchemeResult, ctx: ResultContext, open: boolean): string {
	const steps = result.amount?.steps ?? [];
	if (!steps.length) return '';
	const t = ctx.t;
	const def = defOf(ctx, result);
	const formatOf = formatsOf(ctx, def);
	const stepFormat = (step: AmountStep) =>
		def?.values?.[step.id] ? formatOf(step.id) : unitFormat(result.amount?.unit);
	let html = `<details class="ds-details amount-steps"${open ? ' open' : ''}><summary>${esc(t('results.sections.howCalculated'))}</summary><div><ol class="amount-steps__list">`;
	for (const step of steps) {
		const fmt = stepFormat(step);
		const label =
			explainText(t, step.explain, () => fmt, ctx.lang) ||
			t(`results.steps.${step.id}`, { defaultValue: step.id });
		// the label may already state the value ("… er 3 603 kr"): then it is not repeated
		const statesValue = step.value !== null && label.includes(formatValue(step.value, fmt, ctx.lang));
		const value =
			step.value === null
				? t('results.amount.notKnown', { defaultValue: '–' })
				: formatWithUnit(t, step.value, fmt, ctx.lang);
		html += `<li data-step="${esc(step.id)}">`;
		html += statesValue
			? `<span>${esc(label)}</span>`
			: `<span class="amount-steps__name">${esc(label)}:</span> <bdi class="amount">${esc(value)}</bdi>`;
		if (step.source) html += `<br>${sourceHtml(step.source, ctx)}`;
		html += '</li>';
	}
	return html + '</ol></div></details>';
}

/** What would change the result: the engine's thresholds in words ("med inntekt under 25 326 kr i måneden"). */
export function thresholdsHtml(result: SchemeResult, ctx: ResultContext): string {
	if (!result.thresholds.length) return '';
	const t = ctx.t;
	const formatOf = formatsOf(ctx, defOf(ctx, result));
	const favourable = result.outcome !== 'not-eligible';
	let html = '<ul class="ds-list thresholds">';
	for (const th of result.thresholds) {
		const fmt = formatOf(th.answer);
		const plain = isolate(formatValue(th.value, fmt, ctx.lang), ctx.lang);
		const withUnit = isolate(formatWithUnit(t, th.value, fmt, ctx.lang), ctx.lang);
		const text =
			t(th.explain.key, { ...th.explain.values, value: plain, defaultValue: '' }) ||
			t(`results.thresholds.${th.direction}.${favourable ? 'now' : 'would'}`, {
				answer: t([`results.answerNouns.${th.answer}`, 'results.answerNouns.fallback'], {
					defaultValue: ''
				}),
				value: withUnit,
				defaultValue: withUnit
			});
		html += `<li data-threshold="${esc(th.answer)}" data-value="${Math.round(th.value)}">${esc(text)}</li>`;
	}
	return html + '</ul>';
}

/**
 * «Slik har vi vurdert»: the rule's outcome text, why (the deciding criteria, then the informative ones, the
 * others in a fold of their own), the calculation, what would change the result, what to do anyway, appeal, what
 * the scheme does not cover, who decides, the rule version and a link to the scheme's page. `level` is the level
 * of this part's headings; `print` opens the inner folds.
 */
export function reasoningHtml(
	result: SchemeResult,
	ctx: ResultContext,
	{ level, print }: { level: number; print: boolean }
): string {
	const t = ctx.t;
	const h = (text: string) => `<h${level} class="ds-heading" data-size="xs">${esc(text)}</h${level}>`;
	const p = (text: string) => (text ? `<p class="ds-paragraph">${esc(text)}</p>` : '');
	const name = inSentence(schemeName(ctx, result.scheme, result.texts));
	const who = decider(ctx, result.decidedBy);
	const canApply = result.outcome === 'eligible' || result.outcome === 'assessment';

	const applies = result.criteria.filter((c) => c.result !== 'not-applicable');
	const deciding = result.criteria.filter((c) => result.deciding.includes(c.id));
	const informative = applies.filter((c) => !c.hard && !result.deciding.includes(c.id));
	// each criterion once: those listed above are not repeated in the fold
	const others = applies.filter((c) => !deciding.includes(c) && !informative.includes(c));

	// for "unknown" the rule's own outcome text only repeats the verdict, unless rates are missing
	let html =
		result.outcome === 'unknown' && !result.unknownFacts.length
			? ''
			: p(t(`${result.texts}.outcome.${result.outcome}`, { defaultValue: '' }));
	html += p(t(`${result.texts}.summary`, { defaultValue: '' }));
	html += h(t('results.sections.why'));
	html += p(t(`results.why.${result.outcome}`, { defaultValue: '' }));
	if (deciding.length) html += criteriaHtml(result, ctx, deciding);
	if (informative.length) html += p(t('results.why.informative')) + criteriaHtml(result, ctx, informative);
	if (others.length) {
		const title = deciding.length || informative.length ? 'otherCriteria' : 'allCriteria';
		html += `<details class="ds-details scheme-result__all"${print ? ' open' : ''}><summary>${esc(t(`results.sections.${title}`))}</summary><div>${criteriaHtml(result, ctx, others)}</div></details>`;
	}
	html += amountStepsHtml(result, ctx, print || !!ctx.counselor);
	if (result.thresholds.length) html += h(t('results.sections.changes')) + thresholdsHtml(result, ctx);
	if (result.outcome === 'not-eligible') html += p(t('results.nextSteps.anyway', { decider: who }));
	const appeal = t(`${result.texts}.appeal`, { defaultValue: '' });
	if (appeal && canApply) html += h(t('results.sections.appeal')) + p(appeal);
	const notCovered = t(`${result.texts}.notCovered`, { defaultValue: '' });
	if (notCovered) html += h(t('results.sections.notCovered')) + p(notCovered);

	const from = formatDate(result.validFrom, ctx.lang);
	const validity = result.validTo
		? t('results.version.range', { version: result.version, from, to: formatDate(result.validTo, ctx.lang) })
		: t('results.version.open', { version: result.version, from });
	return (
		html +
		`<p class="ds-paragraph scheme-result__meta" data-size="sm">${esc(t('results.decidedByLine', { decider: who }))}` +
		`<br><span data-version="${esc(result.version)}">${esc(t('results.version.label', { version: validity }))}</span>` +
		`<br><a class="ds-link no-print" href="${esc(ctx.schemeHref(result.scheme))}">${esc(t('results.readMore', { name }))}</a></p>`
	);
}
