import { expect, test, type Page } from '@playwright/test';
import { fragment, gotoHydrated, hydrated } from './helpers';
import { singleRenter } from './counselor-helpers';

// the service worker at work (playwright.config.ts blocks it elsewhere)
test.use({ serviceWorkers: 'allow' });

async function waitForPrecache(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
		}
		return registration.active?.state;
	});
}

test.describe('offline after one visit', () => {
	test('a page never visited opens with the network off', async ({ page, context }) => {
		await gotoHydrated(page, '/nb/');
		await waitForPrecache(page);
		await context.setOffline(true);
		await page.goto('/en/personvern/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
		await page.goto('/nn/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
		await hydrated(page);
	});
});

test('the results page is built before the service worker starts precaching the site', async ({ page }) => {
	await page.addInitScript(() => {
		const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
		navigator.serviceWorker.register = (...args) => {
			(window as unknown as { registeredWhen: string }).registeredWhen =
				document.querySelector('main')?.dataset.results ?? 'no results';
			return register(...args);
		};
	});
	await page.goto('/nb/resultat/' + fragment({ k: '3226', a: singleRenter }));
	await page.waitForFunction(() => 'registeredWhen' in window);
	expect(await page.evaluate(() => (window as unknown as { registeredWhen: string }).registeredWhen)).toBe(
		'complete'
	);
});

test.describe('control: the same journey with the service worker blocked', () => {
	test.use({ serviceWorkers: 'block' });
	test('fails offline, so the offline test can fail', async ({ page, context }) => {
		await gotoHydrated(page, '/nb/');
		await context.setOffline(true);
		await expect(page.goto('/en/personvern/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	});
});

test('the site is installable: a manifest with icons is linked', async ({ page, request }) => {
	await page.goto('/nb/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifest = await (await request.get(new URL(href!, page.url()).toString())).json();
	expect(manifest.name).toBe('Boligsjekk');
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	for (const icon of manifest.icons as { src: string }[]) {
		const response = await request.get(new URL(icon.src, new URL(href!, page.url())).toString());
		expect(response.status(), icon.src).toBe(200);
	}
});

test('every page has a strict content security policy and no-referrer', async ({ page }) => {
	for (const path of ['/', '/nb/', '/nn/personvern/', '/en/tilgjengelighet/']) {
		await page.goto(path);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp, path).toContain("default-src 'self'");
		expect(csp, path).toContain("object-src 'none'");
		expect(csp, path).toContain("base-uri 'self'");
		expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
		expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
		await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
	}
});

test('browsing raises no CSP violation', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { cspViolations: string[] }).cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { cspViolations: string[] }).cspViolations.push(
				`${e.violatedDirective} ${e.blockedURI}`
			);
		});
	});
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	for (const path of ['/nb/', '/nb/personvern/', '/en/tilgjengelighet/']) {
		await gotoHydrated(page, path);
		violations.push(
			...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
		);
	}
	await page.locator('header nav summary').click();
	await page.getByRole('link', { name: 'Nynorsk' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
	expect(violations).toEqual([]);
});
