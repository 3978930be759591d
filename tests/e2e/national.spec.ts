import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, nationalOrigin } from './helpers';
import { expectQuestion, sessionAnswers } from './walk';

// The build for the whole country: KOMMUNE=0000 BUILD_DIR=build-national npx vite build (served on E2E_PORT+2).
test.use({ baseURL: nationalOrigin });

test.describe('the build for the whole country asks for the municipality first', () => {
	test('the journey starts with «Hvilken kommune bor du i?»; typing «berg» finds Bergen, Enter answers', async ({
		page
	}) => {
		await gotoHydrated(page, '/nb/');
		await page.getByRole('link', { name: 'Start sjekken' }).click();
		await expectQuestion(page, 'kommunenummer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hvilken kommune bor du i?');
		await expectNoAxeViolations(page);

		const search = page.getByRole('searchbox', { name: 'Søk etter kommune' });
		await search.fill('berg');
		const list = page.getByRole('listbox', { name: 'Hvilken kommune bor du i?' });
		await expect(list.getByRole('option').first()).toHaveText('Bergen');
		await expect(list).toHaveValue('4601');
		await expect(page.getByRole('status')).toHaveText('5 kommuner passer søket. Valgt: Bergen.');
		await expectNoAxeViolations(page);

		await search.press('Enter');
		await expect(page.locator('form[data-question="kommunenummer"]')).toHaveCount(0);
		expect((await sessionAnswers(page)).kommunenummer).toBe('4601');
		// the municipality settles the bostøtte group: that question is never asked
		await expect(page).not.toHaveURL(/bostotte_kommunegruppe/);
	});

	test('keyboard only: arrow down from the search field into the list, choose, and continue', async ({
		page
	}) => {
		await gotoHydrated(page, '/nb/sporsmal/kommunenummer/');
		await page.getByRole('searchbox', { name: 'Søk etter kommune' }).focus();
		await page.keyboard.type('berg');
		await page.keyboard.press('ArrowDown');
		const list = page.getByRole('listbox', { name: 'Hvilken kommune bor du i?' });
		await expect(list).toBeFocused();
		await expect(list).toHaveValue('4601');
		await page.keyboard.press('ArrowDown');
		await expect(list).not.toHaveValue('4601');
		await expect(page.getByRole('status')).not.toContainText('Bergen');
		const second = await list.inputValue();
		await page.keyboard.press('ArrowUp');
		await expect(list).toHaveValue('4601');
		await page.keyboard.press('ArrowDown');
		await expect(list).toHaveValue(second);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Fortsett' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('form[data-question="kommunenummer"]')).toHaveCount(0);
		expect((await sessionAnswers(page)).kommunenummer).toBe(second);
	});

	test('nothing chosen: a specific error names the field', async ({ page }) => {
		await gotoHydrated(page, '/nb/sporsmal/kommunenummer/');
		await page.getByRole('button', { name: 'Fortsett' }).click();
		await expect(page.locator('#kommunenummer-error')).toHaveText('Velg kommunen du bor i.');
		await expectNoAxeViolations(page);
	});

	test('Lillestrøm: the one question that settles the § 3 group comes next', async ({ page }) => {
		await gotoHydrated(page, '/nb/sporsmal/kommunenummer/');
		await page.getByRole('searchbox', { name: 'Søk etter kommune' }).fill('lillestr');
		await page.getByRole('button', { name: 'Fortsett' }).click();
		await expectQuestion(page, 'bostotte_tidligere_skedsmo');
		await expectNoAxeViolations(page);
	});

	test('in English and Arabic the page is axe clean too', async ({ page }) => {
		for (const lang of ['en', 'ar']) {
			await gotoHydrated(page, `/${lang}/sporsmal/kommunenummer/`);
			await page.locator('#kommunenummer-sok').fill('berg');
			await expect(page.locator('#kommunenummer-input')).toHaveValue('4601');
			await expectNoAxeViolations(page);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the question is a plain select of all 357 municipalities', async ({ page }) => {
		await page.goto('/nb/sporsmal/kommunenummer/');
		const select = page.getByRole('combobox', { name: 'Hvilken kommune bor du i?' });
		await expect(select).toHaveAttribute('name', 'kommunenummer');
		await expect(select.locator('option')).toHaveCount(358);
		await expect(select.locator('option[value="4601"]')).toHaveText('Bergen');
		await expect(select.locator('option[value="5601"]')).toHaveText(/Alta/);
	});
});
