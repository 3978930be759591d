// Issue 30 item 2: one municipality per tab. A link or file from another build keeps its answers, is checked for
// the municipality this build serves and says where it came from; the national build takes a municipality it knows
// from a link or file as the answer; a number no build serves is named in a few words; never a dead end.
import { expect, test, type Page } from '@playwright/test';
import { fragment, gotoHydrated, nationalOrigin } from './helpers';
import { singleRenter, storedAnswers } from './counselor-helpers';

const card = (page: Page, scheme: string) => page.locator(`main [data-scheme="${scheme}"]`).first();

test.describe('Aurskog-Høland build: a link for another municipality', () => {
	for (const k of ['0000', '9999', '1301', '3205'])
		test(`k=${k}: checked for Aurskog-Høland, said so, and every question it asks can be answered`, async ({
			page
		}) => {
			await page.goto(`/nb/resultat/${fragment({ k, a: singleRenter })}`);
			const message = page.locator('[data-place-refused]');
			await expect(message).toContainText('annen versjon av Boligsjekk');
			await expect(message).toContainText('Aurskog-Høland');
			if (k !== '0000') await expect(message).toContainText(k);
			expect((await message.textContent())!.length).toBeLessThan(200);
			await expect(card(page, 'bostotte')).toHaveAttribute('data-outcome', 'eligible');
			await expect(page.locator('a[href$="/sporsmal/kommunenummer/"]')).toHaveCount(0);
			// the same tab's counselor page checks the same municipality
			const amount = await card(page, 'bostotte')
				.locator('[data-amount-monthly]')
				.getAttribute('data-amount-monthly');
			await gotoHydrated(page, '/nb/veileder/');
			await expect(page.locator('[data-live-result="bostotte"]')).toHaveAttribute(
				'data-amount-monthly',
				amount!
			);
		});

	test('a national answer file names its municipality; the message says it comes from another version', async ({
		page
	}) => {
		await gotoHydrated(page, '/nb/veileder/');
		const file = {
			format: 'boligsjekk-svar',
			formatVersion: 1,
			kommune: '5501',
			answers: { ...singleRenter, kommunenummer: '5501' }
		};
		await page.locator('input[type="file"]').setInputFiles({
			name: 'svar.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file))
		});
		const replace = page.getByRole('button', { name: /Bruk svarene fra filen|Erstatt/ });
		if (await replace.count()) await replace.first().click();
		await expect(page.locator('main')).toContainText(
			'annen versjon av Boligsjekk, laget for kommunenummer 5501'
		);
		await expect(page.locator('main')).not.toContainText('forventet ett av valgene');
		await expect.poll(async () => (await storedAnswers(page))?.kommunenummer).toBeUndefined();
	});
});

test.describe('the national build', () => {
	test.use({ baseURL: nationalOrigin });

	test('an Aurskog-Høland link: results and counselor page both check Aurskog-Høland', async ({ page }) => {
		await page.goto(`/nb/resultat/${fragment({ k: '3226', a: singleRenter })}`);
		await expect(card(page, 'bostotte')).toHaveAttribute('data-outcome', 'eligible');
		const amount = await card(page, 'bostotte')
			.locator('[data-amount-monthly]')
			.getAttribute('data-amount-monthly');
		await expect(page.getByRole('banner')).toContainText('Svarene gjelder Aurskog-Høland');
		expect((await storedAnswers(page))?.kommunenummer).toBe('3226');
		await gotoHydrated(page, '/nb/veileder/');
		await expect(page.locator('[data-live-result="bostotte"]')).toHaveAttribute(
			'data-amount-monthly',
			amount!
		);
		await expect(page.locator('main')).not.toContainText('Annen kommune');
	});

	for (const nr of ['9999', '1301'])
		test(`a link with kommunenummer ${nr}: named in one sentence, and the municipality is asked`, async ({
			page
		}) => {
			await page.goto(`/nb/resultat/${fragment({ a: { ...singleRenter, kommunenummer: nr } })}`);
			const message = page.locator('[data-place-refused]');
			await expect(message).toContainText(`kommunenummer ${nr}, som vi ikke kjenner`);
			expect((await page.locator('main').textContent())!).not.toContain('Bergen');
			await page.locator('a[href$="/sporsmal/kommunenummer/"]').first().click();
			await expect(page.getByRole('searchbox', { name: 'Søk etter kommune' })).toBeVisible();
		});
});
