import { describe, expect, it } from 'vitest';
import { createI18n, loadMessages } from '$lib/i18n';
import { evaluate } from '$lib/rules';
import { ruleSet } from '$lib/rules/bundled';
import { profileFor } from '$lib/rules/kommuner';
import type { Source } from '$lib/rules';
import {
	amountStepsHtml,
	criteriaHtml,
	reasoningHtml,
	sourceHtml,
	thresholdsHtml
} from '$lib/components/result/reasoning';
import type { ResultContext } from '$lib/components/result';
import { findThresholds } from '$lib/rules/thresholds';
import { readFileSync } from 'node:fs';

const texts = createI18n('nb', await loadMessages('nb', ['results', 'schemes', 'questions']));
// the single renter of the e2e walks (tests/households), as the results page evaluates it
const household = JSON.parse(readFileSync('tests/households/enslig-leier.json', 'utf8'));
const evaluation = evaluate(ruleSet, household.answers, {
	date: household.date,
	kommune: household.kommune,
	thresholds: findThresholds
});
const bostotte = evaluation.schemes.find((s) => s.scheme === 'bostotte')!;
const ctx = (over: Partial<ResultContext> = {}): ResultContext => ({
	t: texts.t,
	lang: 'nb',
	rules: ruleSet,
	profile: profileFor(ruleSet, '3226', '3226', '2026-12-06'),
	questionHref: (id) => `/nb/sporsmal/${id}/`,
	schemeHref: (id) => `/nb/ordninger/${id}/`,
	...over
});
/** The text of markup, tags dropped and entities read (enough for these lists). */
const textOf = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
/** The markup of the element that carries `attr`, up to the next one of its kind. */
const item = (html: string, attr: string) => html.slice(html.indexOf(attr)).split('</li>')[0]!;

describe('the reasoning as plain markup', () => {
	it('writes every criterion once with its hooks, status in words and legal source', () => {
		const criteria = bostotte.criteria.filter((c) => c.result !== 'not-applicable');
		const html = criteriaHtml(bostotte, ctx(), criteria);
		const ids = [...html.matchAll(/<li [^>]*data-criterion="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toEqual(criteria.map((c) => c.id));
		const alder = item(html, 'data-criterion="alder"');
		expect(alder).toContain('data-result="met" data-hard="true"');
		expect(textOf(alder)).toContain('Oppfylt');
		expect(alder).toMatch(
			/<a class="ds-link" href="https:\/\/lovdata\.no\/[^"]*" rel="external noreferrer">[^<]*bustøttelova/
		);
	});

	it('writes the calculation steps and what would change the result, with their values', () => {
		const steps = amountStepsHtml(bostotte, ctx(), false);
		expect(steps).toMatch(/^<details class="ds-details amount-steps"><summary>/);
		expect(textOf(item(steps, 'data-step="boutgiftstak"'))).toMatch(/92\s234\skr/);
		expect(amountStepsHtml(bostotte, ctx(), true)).toMatch(/^<details class="ds-details amount-steps" open>/);
		const threshold = thresholdsHtml(bostotte, ctx()).match(
			/data-threshold="inntekt_maned" data-value="(\d+)"/
		);
		expect(Math.abs(Number(threshold?.[1]) - 25326)).toBeLessThanOrEqual(1);
	});

	it('escapes every text, so a text or a source can never add markup', () => {
		const hostile = ((key: unknown) =>
			`<img src=x onerror="alert(1)"> ${String(key)} & "q"`) as unknown as ResultContext['t'];
		const html = criteriaHtml(bostotte, ctx({ t: hostile }), bostotte.criteria);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('"alert');
		expect(textOf(html)).toContain('<img src=x onerror="alert(1)"> ');
		const source: Source = {
			instrument: 'lov <b>x</b>',
			paragraph: '§ 1',
			url: 'https://lovdata.no/"><script>alert(1)</script>',
			grade: 'P'
		} as Source;
		const ref = sourceHtml(source, ctx());
		expect(ref).not.toMatch(/<(b|script)>/);
		expect(ref).toContain('href="https://lovdata.no/&quot;&gt;&lt;script&gt;');
		expect(textOf(ref)).toContain('lov <b>x</b>');
	});

	it('shows a resident only sources the authority backs; a counselor every one, marked', () => {
		const secondary = { instrument: 'Kilde', url: 'https://example.org/', grade: 'S' } as Source;
		expect(sourceHtml(secondary, ctx())).toBe('');
		const counselor = sourceHtml(secondary, ctx({ counselor: true }));
		expect(counselor).toContain('<a class="ds-link" href="https://example.org/"');
		expect(counselor).toContain('class="ds-tag grade-tag"');
	});

	it('writes the whole fold: each criterion once, headings at the level asked, the rule version and its page', () => {
		const html = reasoningHtml(bostotte, ctx(), { level: 4, print: false });
		const ids = [...html.matchAll(/data-criterion="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual(
			bostotte.criteria
				.filter((c) => c.result !== 'not-applicable')
				.map((c) => c.id)
				.sort()
		);
		expect(html).toMatch(/<h4 class="ds-heading" data-size="xs">Hvorfor/);
		expect(html).not.toMatch(/<h[235]/);
		expect(html).toContain(`data-version="${bostotte.version}"`);
		expect(html).toContain('href="/nb/ordninger/bostotte/"');
		expect(html).toContain('<details class="ds-details amount-steps">');
		expect(html).not.toMatch(/<details[^>]* open/);
		expect(reasoningHtml(bostotte, ctx(), { level: 4, print: true })).not.toMatch(
			/<details(?![^>]* open)[^>]*>/
		);
	});
});
