import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { langCodes } from '../../src/lib/i18n/languages';
import { expectNoAxeViolations, openFolds } from './helpers';

const schemeIds = readdirSync(join(process.cwd(), 'rules/schemes')).sort();

test.describe('"Slik vurderer vi" without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('bostøtte shows its criteria, the 2026 ceiling and links to lovdata', async ({ page }) => {
		await page.goto('/nb/ordninger/bostotte/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Bostøtte');
		const criteria = page.locator('[data-criterion]');
		expect(await criteria.count()).toBeGreaterThan(5);
		await expect(page.locator('[data-criterion="alder"]')).toContainText('bustøttelova');

		const ceiling = page.locator('[data-param="bostotte.boutgiftstak"]');
		await expect(ceiling.getByRole('table')).toBeVisible();
		// 92 234 kr, written with no-break spaces so it never wraps.
		await expect(ceiling.locator('td').first()).toHaveText('92\u00a0234\u00a0kr');
		await expect(ceiling).toContainText('1. juni 2026');

		const lovdata = page.locator('a[href^="https://lovdata.no/"]');
		expect(await lovdata.count()).toBeGreaterThan(0);
		await expect(lovdata.first()).toBeVisible();

		// The calculation steps and the versions.
		await expect(page.locator('[data-step="utbetaling"]')).toBeVisible();
		await expect(page.locator('[data-version]').first()).toBeVisible();
		// A secondary source is marked for counselors.
		await expect(page.locator('.grade-tag').first()).toBeVisible();
	});

	test('the index lists every scheme with a link to its page', async ({ page }) => {
		await page.goto('/nb/ordninger/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slik vurderer vi');
		for (const id of schemeIds) {
			await expect(page.locator(`[data-scheme="${id}"] a`)).toHaveAttribute(
				'href',
				new RegExp(`ordninger/${id}/$`)
			);
		}
	});

	test('every scheme page renders its criteria and fits a 320 px wide screen without horizontal scrolling', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 800 });
		for (const id of schemeIds) {
			const response = await page.goto(`/nb/ordninger/${id}/`);
			expect(response?.status(), id).toBe(200);
			await expect(page.locator('main[data-scheme]')).toHaveAttribute('data-scheme', id);
			await expect(page.locator('[data-criterion]').first(), id).toBeVisible();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, id).toBeLessThanOrEqual(0);
		}
	});
});

/**
 * axe on the index in every language, and on each scheme page once, the languages taken in turn: every language gets
 * a scheme page and every scheme page a language (the pages are one template; their texts are what differ).
 */
test.describe('"Slik vurderer vi" accessibility', () => {
	for (const [i, lang] of langCodes.entries()) {
		const schemes = schemeIds.filter((_, j) => j % langCodes.length === i);
		test(`the index and ${schemes.join(', ')} have no axe violations in ${lang}`, async ({ page }) => {
			for (const path of ['', ...schemes.map((id) => `${id}/`)]) {
				await page.goto(`/${lang}/ordninger/${path}`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await openFolds(page);
				await expectNoAxeViolations(page);
			}
		});
	}
});
