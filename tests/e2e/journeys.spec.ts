import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { langCodes } from '../../src/lib/i18n/languages';
import { households, JOURNEYS, walk } from './walk';

/**
 * Every household of tests/households/ walked once from the start page to the result on a phone, each in one of the
 * seven languages in turn (so every language gets a whole journey with axe on each page), with the outcomes and
 * amounts the rules engine gives. Each walk is saved for journeys-report.spec.ts, which checks issue 18's goals
 * over all of them: median ≤ 10 question pages, none over 16.
 */
const MAX_PAGES = 16;

test.use({ viewport: { width: 390, height: 844 } });

for (const [i, household] of households().entries()) {
	const lang = langCodes[i % langCodes.length]!;
	test(`${household.id} in ${lang}: ${household.description}`, async ({ page }) => {
		test.setTimeout(180_000);
		const journey = await walk(page, household, lang);
		mkdirSync(JOURNEYS, { recursive: true });
		writeFileSync(`${JOURNEYS}/${household.id}.json`, JSON.stringify(journey, null, 2));
		expect(journey.questionPages.length, 'question pages').toBeLessThanOrEqual(MAX_PAGES);
	});
}
