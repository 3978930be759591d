import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { todayInNorway } from '../../src/lib/results/date';
import { households, JOURNEYS, median, type Journey } from './walk';

// Runs after journeys.spec.ts (a project of its own that depends on it, see playwright.config.ts): issue 18's goals
// hold for all households together.
const MEDIAN_PAGES = 10;

test('the journey report: median question pages over all households', () => {
	const walked = households().map((h) => {
		const file = `${JOURNEYS}/${h.id}.json`;
		expect(existsSync(file), `${h.id} was walked in this run`).toBe(true);
		return JSON.parse(readFileSync(file, 'utf8')) as Journey;
	});
	mkdirSync('reports', { recursive: true });
	writeFileSync(
		'reports/journeys.json',
		JSON.stringify({ date: todayInNorway(), journeys: walked }, null, 2)
	);
	const pages = walked.map((j) => j.questionPages.length);
	expect(median(pages), `median question pages (${pages.join(', ')})`).toBeLessThanOrEqual(MEDIAN_PAGES);
});
