import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { OFFICIAL_HOSTS } from '../../src/lib/results/sources';
import { seed } from './counselor-helpers';
import { expectNoAxeViolations, gotoHydrated } from './helpers';
import { household, ordinary, savedAnswers } from './walk';

/**
 * Issue 19: the answer and the next step on a phone's first screen, the reasoning one tap away, official sources
 * only for residents, the print-out on two pages. Households of tests/households/ as a journey leaves their answers
 * (scripts/perf/results-layout.mjs measures the same ones).
 */
const households = Object.fromEntries(
	['enslig-leier', 'aleneforelder-kjope', 'familie-leier'].map((id) => [
		id,
		savedAnswers(household(id).answers)
	])
);
/** The single renter, not sure what they need: every scheme is checked. */
const renter = savedAnswers(ordinary);
const date = { date: '2026-11-26' };
const profile = JSON.parse(readFileSync('rules/kommuner/3226-aurskog-holand.json', 'utf8'));
const allowed: string[] = [...OFFICIAL_HOSTS, ...profile.nettsteder];
const official = (host: string) => allowed.some((h) => host === h || host.endsWith(`.${h}`));

async function openResults(page: Page, answers: Record<string, unknown>, lang = 'nb') {
	await seed(page, answers, date);
	await gotoHydrated(page, `/${lang}/resultat/`);
	await expect(page.locator('main[data-results="complete"]')).toHaveCount(1);
}

/** Every http(s) link's host on the page (the print-out included once it is built). */
const linkHosts = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map((a) => new URL(a.href).hostname)
	);

test.describe('results, answer first', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const [name, answers] of Object.entries(households)) {
		test(`${name}: the amount and the one primary action are on the first 390 × 844 screen`, async ({
			page
		}) => {
			await openResults(page, answers);
			await expect(page.locator('main a.ds-button[data-variant="primary"]')).toHaveCount(1);
			const amount = page.locator(
				'main [data-scheme][data-outcome] :is([data-amount-monthly], [data-amount])'
			);
			await expect(amount.first()).toBeInViewport({ ratio: 1 });
			const primary = page.locator('main a.ds-button[data-variant="primary"]');
			await expect(primary).toBeInViewport({ ratio: 1 });
			await expect(primary).toHaveText(/^Slik søker du om /);
			// The rule version and date stay on the page, below the answer.
			const rules = page.locator('.rules-used [data-rules-date]');
			await expect(rules).toHaveAttribute('data-rules-date', '2026-11-26');
			const [amountBox, rulesBox] = [await amount.first().boundingBox(), await rules.boundingBox()];
			expect(rulesBox!.y).toBeGreaterThan(amountBox!.y);
		});
	}

	test('what the resident did not ask for is "not relevant", not a rejection, with the reason', async ({
		page
	}) => {
		await openResults(page, renter);
		const startlan = page.locator('[data-scheme="startlan"]');
		await expect(startlan).toHaveAttribute('data-relevance', 'not-relevant');
		await expect(startlan).not.toContainText('Trolig nei');
		await expect(startlan).toContainText('Startlån kan bare brukes til å kjøpe');
		await expect(page.locator('[data-scheme="tilskudd-tilpasning"]')).toHaveAttribute(
			'data-relevance',
			'not-relevant'
		);
		// Probably not: one line with the deciding reason.
		const sosialhjelp = page.locator('[data-scheme="sosialhjelp-boutgifter"][data-outcome="not-eligible"]');
		await expect(sosialhjelp.locator('[data-reason]')).toContainText('klarer å betale');
	});

	test('a scheme not checked is checked too with one click, keeping every answer', async ({ page }) => {
		await openResults(page, { ...renter, behov: ['boutgifter'] });
		const startlan = page.locator('[data-scheme="startlan"][data-relevance="not-checked"]');
		await expect(startlan).toContainText('Du har ikke bedt oss sjekke denne');
		await startlan.getByRole('button', { name: 'Sjekk startlån også' }).click();
		await expect(page).toHaveURL(/\/nb\/(sporsmal\/[a-z0-9_]+|svar)\/$/);
		const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar')!).answers);
		expect(stored.behov).toContain('kjope_beholde');
		expect(stored.behov).toContain('boutgifter');
		expect(stored.husleie_maned).toBe(renter.husleie_maned);
	});

	test('"Slik har vi vurdert" is folded for residents and open in counselor mode', async ({ page }) => {
		await openResults(page, renter);
		const reasoning = page.locator('[data-scheme="bostotte"] details.scheme-result__reasoning');
		await expect(reasoning).not.toHaveAttribute('open');
		await expect(reasoning).toContainText('Slik har vi regnet');
		await page.goto('/nb/veileder/');
		await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
		// On the counselor page a scheme's reasoning is built when its fold opens.
		await page.locator('[data-live-result="bostotte"] > details > summary').click();
		const counselor = page.locator('[data-live-result="bostotte"] details.scheme-result__reasoning');
		await expect(counselor).toHaveAttribute('open');
		// Counselors see the third-party material, marked as not confirmed by the authority.
		await expect(
			page
				.locator('[data-live-result="bostotte"] .grade-tag', { hasText: 'ikke bekreftet av myndigheten' })
				.first()
		).toBeAttached();
	});

	test('a resident sees official sources only, no grade codes, no duplicate source lines', async ({
		page
	}) => {
		await openResults(page, households['aleneforelder-kjope']!);
		for (const d of await page.locator('main details').all())
			await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).not.toMatch(/sekundærkilde|NAVIGATOR|TORCODE|github/i);
		await expect(page.locator('main .grade-tag')).toHaveCount(0);
		const offenders = (await linkHosts(page)).filter((h) => !official(h));
		expect(offenders).toEqual([]);
		for (const src of await page.locator('main .source-ref').allTextContents()) {
			const parts = src.replace(/^\s*Kilde:\s*/, '').split(', ');
			expect(new Set(parts).size, src).toBe(parts.length);
		}
		// The print-out too.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary]')).toBeAttached();
		expect((await linkHosts(page)).filter((h) => !official(h))).toEqual([]);
		const urls = await page.locator('[data-print-summary] .print-url').allTextContents();
		expect(urls.map((u) => new URL(u).hostname).filter((h) => !official(h))).toEqual([]);
	});

	test('next steps name confirmed channels only, with tel: and mailto: links', async ({ page }) => {
		await openResults(page, households['aleneforelder-kjope']!);
		const apply = page.locator('.results__apply');
		await expect(apply).not.toContainText('ikke bekreftet');
		await expect(apply.locator('a[href^="tel:+47"]').first()).toBeVisible();
		await expect(apply.locator('a[href^="mailto:"]').first()).toBeVisible();
		await expect(page.locator('#soknad-startlan')).toContainText('55 55 33 33');
	});

	test("the single renter's print-out: at most two A4 pages, no type under 9 pt", async ({ page }) => {
		await openResults(page, renter);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary]')).toBeVisible();
		const small = await page.evaluate(() =>
			[...document.querySelectorAll('[data-print-summary] *')]
				.filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
				.map((e) => ({
					text: e.textContent!.trim().slice(0, 40),
					px: parseFloat(getComputedStyle(e).fontSize)
				}))
				.filter((e) => e.px < 12)
		);
		expect(small).toEqual([]);
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		mkdirSync('test-results/print', { recursive: true });
		writeFileSync('test-results/print/enslig-leietaker.pdf', pdf);
		const info = execFileSync('pdfinfo', ['test-results/print/enslig-leietaker.pdf'], { encoding: 'utf8' });
		expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeLessThanOrEqual(2);
	});

	// axe over the results, folded and unfolded, in every language: each household's walk (tests/e2e/walk.ts)
});

test.describe('language control', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('is one line on a phone, on every page', async ({ page }) => {
		for (const path of ['/nb/', '/nb/personvern/', '/nb/ordninger/', '/en/veileder/']) {
			await page.goto(path);
			const summary = page.locator('header nav summary');
			await expect(summary).toHaveText(/Språk \/ Language/);
			expect((await summary.boundingBox())!.height).toBeLessThan(50);
			// The seven links used to take about 170 px on their own; now the whole header is the brand's height.
			expect((await page.locator('.site-header').boundingBox())!.height, path).toBeLessThan(150);
		}
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('opens and changes the language on the same page', async ({ page }) => {
			await page.goto('/nb/personvern/');
			await page.locator('header nav summary').click();
			await page.locator('header nav a[hreflang="en"]').click();
			await expect(page).toHaveURL(/\/en\/personvern\/$/);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		});
	});
});

test.describe('not found', () => {
	test("an unknown address gets the prerendered page with each language's start page", async ({ page }) => {
		const response = await page.goto('/nb/finnes/ikke/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi fant ikke siden');
		const links = page.locator('main a[hreflang]');
		await expect(links).toHaveCount(7);
		// The links and the stylesheet resolve from the site's root, at any depth.
		expect(await links.first().evaluate((a) => (a as HTMLAnchorElement).href)).toMatch(/:\d+\/nb\/$/);
		await expect(page.locator('.site-header')).toHaveCSS('padding-top', /^[1-9]/);
		await expectNoAxeViolations(page);
		await links.nth(2).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});
