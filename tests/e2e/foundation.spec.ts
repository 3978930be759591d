import { expect, test } from '@playwright/test';
import { e2ePort, expectNoAxeViolations, gotoHydrated, origin, subpathOrigin } from './helpers';

const startTitles = {
	nb: 'Sjekk hvilken hjelp du kan få til bolig',
	nn: 'Sjekk kva hjelp du kan få til bustad',
	en: 'Check what help with housing you can get'
} as const;

for (const [lang, title] of Object.entries(startTitles)) {
	test(`start page in ${lang} has its heading, html lang and a start button`, async ({ page }) => {
		await gotoHydrated(page, `/${lang}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('header')).toContainText('Aurskog-Høland');
		await expect(page.locator(`a[href$="/${lang}/sporsmal/"]`).first()).toBeVisible();
	});
}

test('the language switch keeps the visitor on the same page', async ({ page }) => {
	await gotoHydrated(page, '/nb/personvern/');
	// One line on a phone: "Språk / Language" opens the seven languages.
	const nav = page.getByRole('navigation', { name: 'Velg språk' });
	await expect(nav.getByRole('link', { name: 'Nynorsk' })).toBeHidden();
	await nav.getByText('Språk / Language').click();
	await nav.getByRole('link', { name: 'Nynorsk' }).click();
	await expect(page).toHaveURL(/\/nn\/personvern\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personvern');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	await page.getByRole('navigation', { name: 'Vel språk' }).getByText('Språk / Language').click();
	await page.getByRole('navigation', { name: 'Vel språk' }).getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/personvern\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('root page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('offers a plain list of languages', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${e2ePort}/$`));
		for (const lang of ['nb', 'nn', 'en']) {
			await expect(page.locator(`a[hreflang="${lang}"]`)).toHaveAttribute('href', `./${lang}/`);
		}
		await page.locator('a[hreflang="nn"]').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(startTitles.nn);
	});
});

test.describe('root page with JavaScript', () => {
	test.use({ locale: 'en-GB' });
	test('sends the visitor to the best match of navigator.languages', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
	});
});

test.describe('root page for a Ukrainian browser', () => {
	test.use({ locale: 'uk-UA' });
	test('sends the visitor to the Ukrainian pages, without loading the app', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto('/');
		await expect(page).toHaveURL(/\/uk\/$/);
		expect(scripts.filter((s) => s.includes('/_app/'))).toEqual([]);
	});
});

test.describe('root page for a Norwegian browser', () => {
	test.use({ locale: 'no-NO' });
	test('sends "no" to bokmål', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/nb\/$/);
	});
});

test('the site built for a sub-path works there, assets included', async ({ page }) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await gotoHydrated(page, `${subpathOrigin}/boligsjekk/nb/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(startTitles.nb);
	await page.getByRole('link', { name: 'Personvern' }).first().click();
	await expect(page).toHaveURL(`${subpathOrigin}/boligsjekk/nb/personvern/`);
	// The privacy page ships no app JS, so the click is a full page load: wait for its stylesheets before reading.
	await page.waitForLoadState('load');
	await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Inter');
	expect(failed).toEqual([]);
});

// axe on the start page in all seven languages is the household walks' (tests/e2e/walk.ts), on the footer pages
// history.spec.ts's.

test('axe finds no violation on the root language page (its redirect script held back)', async ({ page }) => {
	await page.route('**/choose-language.js', (route) => route.abort());
	await page.goto('/');
	await expect(page.locator('a[hreflang="nb"]')).toBeVisible();
	await expectNoAxeViolations(page);
});

test('every request stays on the same origin and no cookie is set', async ({ page, context }) => {
	const origins = new Set<string>();
	page.on('request', (r) => origins.add(new URL(r.url()).origin));
	await gotoHydrated(page, '/nb/');
	await gotoHydrated(page, '/nb/tilgjengelighet/');
	expect([...origins]).toEqual([origin]);
	expect(await context.cookies()).toEqual([]);
});
