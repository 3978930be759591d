import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '../../src/lib/rules';
import { expectNoAxeViolations, gotoHydrated, hydrated, nationalOrigin } from './helpers';
import { answerAllPages, expectQuestion, ordinary, readResults, sessionAnswers, verdict } from './walk';

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

	test('«Tromso» finds Tromsø; a search that hides the choice leaves nothing chosen', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await gotoHydrated(page, '/nb/sporsmal/kommunenummer/');
		const search = page.getByRole('searchbox', { name: 'Søk etter kommune' });
		await search.fill('Tromso');
		const list = page.locator('#kommunenummer-input');
		await expect(list).toHaveValue('5501');
		expect((await list.boundingBox())!.width).toBeGreaterThan(250);
		await search.fill('qqq');
		await expect(page.getByRole('status')).toHaveText('Ingen kommuner passer søket. Prøv færre bokstaver.');
		await page.getByRole('button', { name: 'Fortsett' }).click();
		await expect(page.locator('#kommunenummer-error')).toHaveText('Velg kommunen du bor i.');
		expect((await sessionAnswers(page)).kommunenummer).toBeUndefined();
	});

	test('back to the question shown in place, and after a reload: every municipality, the answer chosen', async ({
		page
	}) => {
		// another question's page, which shows the municipality's in place: the names come with the field
		await gotoHydrated(page, '/nb/sporsmal/behov/');
		await page.locator('input[name="behov"][value="boutgifter"]').check();
		await page.locator('input[name="boform"][value="leier"]').check();
		await page.getByRole('button', { name: 'Fortsett' }).click();
		await expectQuestion(page, 'kommunenummer');
		const list = page.getByRole('listbox', { name: 'Hvilken kommune bor du i?' });
		await expect(list.getByRole('option')).toHaveCount(357);
		await page.getByRole('searchbox', { name: 'Søk etter kommune' }).fill('berg');
		await page.getByRole('button', { name: 'Fortsett' }).click();
		await expect(page.locator('[data-chosen-kommune]')).toContainText('Bergen');
		await page.getByRole('link', { name: 'Tilbake' }).click();
		await expectQuestion(page, 'kommunenummer');
		await expect(list.getByRole('option')).toHaveCount(357);
		await expect(list).toHaveValue('4601');
		await expect(page.getByRole('status')).toHaveText('Valgt: Bergen.');
		await page.reload();
		await hydrated(page);
		await expect(list.getByRole('option')).toHaveCount(357);
		await expect(list).toHaveValue('4601');
		await page.getByRole('searchbox', { name: 'Søk etter kommune' }).fill('guovda');
		await expect(list.getByRole('option')).toHaveText(['Kautokeino – Guovdageaidnu']);
		await expect(list).toHaveValue('5612');
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

/** From the check page to the results, once every part of them is mounted. */
async function seeResults(page: Page) {
	await page.locator('main [data-variant="primary"]').click();
	await expect(page).toHaveURL(/\/resultat\/$/);
	await expect(page.locator('main[data-results="complete"], main[data-results="ready"]')).toHaveCount(1, {
		timeout: 15_000
	});
}

type Place = { kommune: string; search: string; name: string; site: string | null };
const tromso: Place = {
	kommune: '5501',
	search: 'tromso',
	name: 'Tromsø',
	site: 'https://tromso.kommune.no/'
};
const oslo: Place = { kommune: '0301', search: 'Oslo', name: 'Oslo', site: 'https://www.oslo.kommune.no/' };
const hamar: Place = { kommune: '3403', search: 'hamar', name: 'Hamar', site: null };
const lillestrom: Place = { kommune: '3205', search: 'Lillestrøm', name: 'Lillestrøm', site: null };

/** On the municipality's question page: searches, continues, and the header names the place. */
async function choose(page: Page, place: Place) {
	await expectQuestion(page, 'kommunenummer');
	await page.getByRole('searchbox', { name: 'Søk etter kommune' }).fill(place.search);
	await expect(page.locator('#kommunenummer-input')).toHaveValue(place.kommune);
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await expect(page.locator('form[data-question="kommunenummer"]')).toHaveCount(0);
	await expect(page.getByRole('banner')).toContainText(`Svarene gjelder ${place.name}`);
}

/** From the national start page through every question to the check page. */
async function walkFromStart(page: Page, place: Place, household: Answers) {
	await gotoHydrated(page, '/nb/');
	await expect(page.getByRole('banner')).toContainText('Boligsjekk for hele Norge');
	await expect(page).toHaveTitle(/Boligsjekk for hele Norge$/);
	await page.getByRole('link', { name: 'Start sjekken' }).click();
	await choose(page, place);
	await answerAllPages(page, household);
}

/**
 * From the check page: «Endre» on the municipality, another one chosen, any question it opens answered, and back to
 * the check page, as a resident who moved would do.
 */
async function changePlace(page: Page, place: Place, household: Answers) {
	await page.goBack();
	await expect(page).toHaveURL(/\/nb\/svar\/$/);
	await page.locator('[data-answer="kommunenummer"]').getByRole('link', { name: /Endre/ }).click();
	await choose(page, place);
	await answerAllPages(page, household);
}

/** The results: each scheme's outcome and monthly amount as the rules give them for the place. */
async function expectResultsFor(page: Page, place: Place) {
	await seeResults(page);
	const answers = await sessionAnswers(page);
	expect(answers.kommunenummer).toBe(place.kommune);
	const verdicts = verdict(answers, place.kommune);
	for (const v of verdicts)
		await expect(page.locator(`main [data-scheme="${v.scheme}"]`).first()).toBeAttached();
	const shown = new Map([...(await readResults(page))].reverse().map((r) => [r.scheme, r]));
	for (const v of verdicts) {
		const result = shown.get(v.scheme)!;
		expect(result.outcome, `${place.name}: ${v.scheme}`).toBe(v.outcome);
		if (v.amount?.unit === 'kr/mnd' && v.amount.value != null && v.outcome === 'eligible')
			expect(result.amountMonthly, `${place.name}: ${v.scheme} kr/mnd`).toBe(v.amount.value);
	}
	if (place.site) await expect(page.locator(`main a[href="${place.site}"]`).first()).toBeAttached();
	await expect(page.locator('body')).not.toContainText('Annen kommune');
}

// Every municipality but Aurskog-Høland has the same generic profile, so one walk from the start page asks what the
// others would; each place's results are checked against the rules for it.
test.describe('households from the national start page reach what the rules say for their municipality', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('Tromsø, then Oslo and Hamar chosen instead on the check page', async ({ page }) => {
		test.setTimeout(120_000);
		const household: Answers = { ...ordinary, bostotte_tidligere_skedsmo: false };
		await walkFromStart(page, tromso, household);
		await expectResultsFor(page, tromso);
		for (const place of [oslo, hamar]) {
			await changePlace(page, place, household);
			await expectResultsFor(page, place);
		}
	});

	test('Lillestrøm in former Skedsmo; outside it, the bostøtte group is said to be unknown, not a question left', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await walkFromStart(page, lillestrom, { ...ordinary, bostotte_tidligere_skedsmo: true });
		await expectResultsFor(page, lillestrom);
		await page.goBack();
		await expect(page).toHaveURL(/\/nb\/svar\/$/);
		await page
			.locator('[data-answer="bostotte_tidligere_skedsmo"]')
			.getByRole('link', { name: /Endre/ })
			.click();
		// the walk takes the check page for its end: it starts once the question is there
		await expect(page).toHaveURL(/\/sporsmal\/bostotte_tidligere_skedsmo\/$/);
		await answerAllPages(page, { ...ordinary, bostotte_tidligere_skedsmo: false });
		await expectResultsFor(page, lillestrom);
		const card = page.locator('main [data-scheme="bostotte"]').first();
		await expect(card).toBeAttached();
		await expect(card).not.toContainText('Trenger flere svar');
	});
});

test('no page of the national build names «Annen kommune»', async ({ page }) => {
	for (const path of [
		'/nb/',
		'/nb/personvern/',
		'/nb/tilgjengelighet/',
		'/nb/ordninger/',
		'/nb/ordninger/startlan/',
		'/nb/veileder/',
		'/en/'
	]) {
		await gotoHydrated(page, path);
		await expect(page.locator('html')).not.toContainText('Annen kommune');
		expect(await page.title()).not.toContain('Annen kommune');
	}
});

test('the counselor page asks which municipality first and checks by its profile', async ({ page }) => {
	await gotoHydrated(page, '/nb/veileder/');
	const choice = page.getByLabel('Hvilken kommune bor du i?').first();
	await expect(choice).toHaveAttribute('id', 'veileder-kommune');
	await choice.selectOption('5501');
	await expect.poll(async () => (await sessionAnswers(page)).kommunenummer).toBe('5501');
	// the counselor page builds its print-out when it prints
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-summary')).toContainText('Tromsø (5501)');
	await page.emulateMedia({ media: 'screen' });
	await expect(page.locator('main')).not.toContainText('Annen kommune');
});
