import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Answers } from '../../src/lib/rules';
import { households, median, readResults, walk, type Household, type Journey } from '../journeys/walk';
import { todayInNorway } from '../../src/lib/results/date';

/**
 * The journey report's households, walked from the start page to the result on a phone against the built site.
 * Goals from issue #18: median ≤ 10 question pages, none over 16, and the same outcomes and amounts as the engine
 * gives for the household's full answers on every scheme the resident asked about.
 */
const MAX_PAGES = 16;
const MEDIAN_PAGES = 10;

interface Expected {
	scheme: string;
	outcome: string;
	unit?: string;
	value?: number | null;
	excludedByProfile?: true;
}

/** The rules CLI's verdict for the full answers (everything checked, as the counselor page does). */
function engineVerdict(answers: Answers): Expected[] {
	const { behov: _, ...rest } = answers;
	const file = join(mkdtempSync(join(tmpdir(), 'boligsjekk-journey-')), 'svar.json');
	writeFileSync(file, JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers: rest }));
	const out = execFileSync(
		'node_modules/.bin/tsx',
		['src/tooling/rules/cli.ts', 'eval', file, '--date', todayInNorway(), '--kommune', '3226'],
		{ encoding: 'utf8' }
	);
	return (
		JSON.parse(out) as { schemes: (Expected & { amount?: { unit: string; value: number | null } })[] }
	).schemes.map((s) => ({
		scheme: s.scheme,
		outcome: s.outcome,
		unit: s.amount?.unit,
		value: s.amount?.value,
		excludedByProfile: s.excludedByProfile
	}));
}

/** The schemes a resident with these needs asked about: a scheme file's `needs` against the `behov` answer. */
function schemesAskedFor(answers: Answers): Set<string> | null {
	const behov = answers.behov;
	if (!Array.isArray(behov) || behov.includes('usikker')) return null;
	const asked = new Set<string>();
	for (const id of readdirSync('rules/schemes')) {
		for (const f of readdirSync(join('rules/schemes', id))) {
			const scheme = JSON.parse(readFileSync(join('rules/schemes', id, f), 'utf8')) as { needs?: string[] };
			if (!scheme.needs || scheme.needs.some((n) => behov.includes(n))) asked.add(id);
		}
	}
	return asked;
}

test.describe.serial('journeys of the report households', () => {
	const walked: Journey[] = [];
	test.use({ viewport: { width: 390, height: 844 } });

	for (const household of households() as Household[]) {
		test(`${household.id}: ${household.title}`, async ({ page }) => {
			test.setTimeout(120_000);
			const journey = await walk(page, household);
			walked.push(journey);
			// the page goals are checked for all households together in the report below, so every walk is measured

			const askedFor = schemesAskedFor(household.answers);
			const verdicts = engineVerdict(household.answers).filter(
				(v) => !v.excludedByProfile && (!askedFor || askedFor.has(v.scheme))
			);
			// the results mount their later parts after the first card: wait for every scheme asked about
			for (const v of verdicts)
				await expect(
					page.locator(`main [data-scheme="${v.scheme}"]`).first(),
					`${v.scheme} on the results page`
				).toBeAttached();
			journey.results = await readResults(page);
			journey.resultsHeight = await page.evaluate(() => document.documentElement.scrollHeight);
			// the first element per scheme is the card on screen (a print-out may repeat it)
			const shown = new Map([...journey.results].reverse().map((r) => [r.scheme, r]));
			for (const expected of verdicts) {
				const result = shown.get(expected.scheme);
				expect(result, `${expected.scheme} on the results page`).toBeDefined();
				expect(result!.outcome, `${household.id}: outcome of ${expected.scheme}`).toBe(expected.outcome);
				if (expected.unit === 'kr/mnd' && expected.value != null && expected.outcome === 'eligible') {
					expect(result!.amountMonthly, `${household.id}: ${expected.scheme} kr/mnd`).toBe(expected.value);
				} else if (expected.unit === 'kr' && expected.value != null && expected.outcome !== 'not-eligible') {
					// a loan capacity is shown rounded to the nearest 10 000 kr
					expect(
						Math.abs((result!.amount ?? NaN) - expected.value),
						`${household.id}: ${expected.scheme} kr`
					).toBeLessThanOrEqual(5_000);
				}
			}
		});
	}

	test('the report: median and maximum of question pages', () => {
		expect(walked.length).toBe(households().length);
		const pages = walked.map((j) => j.questionPages.length);
		mkdirSync('reports', { recursive: true });
		writeFileSync(
			'reports/journeys.json',
			JSON.stringify({ date: todayInNorway(), journeys: walked }, null, 2)
		);
		expect(median(pages), `median question pages (${pages.join(', ')})`).toBeLessThanOrEqual(MEDIAN_PAGES);
		const over = walked
			.filter((j) => j.questionPages.length > MAX_PAGES)
			.map((j) => `${j.household}: ${j.questionPages.length}`);
		expect(over, `households over ${MAX_PAGES} question pages`).toEqual([]);
	});
});
