// Issue 20: one parser on every page, cleared fields and dates said as such, links read when pasted into an open tab,
// and nothing replaced without asking.
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, fragment } from './helpers';
import { openCounselor, openCounselorWith, singleRenter, storedAnswers } from './counselor-helpers';

const bostotte = '[data-live-result="bostotte"]';

const otherAnswers = { ...singleRenter, inntekt_maned: 22000 };

async function typeNumber(page: Page, id: string, text: string) {
	const field = page.locator(`#q-${id}`);
	await field.fill(text);
	await field.press('Enter');
}

test.describe('counselor fields read numbers as the question pages do', () => {
	test('"12.500" is 12 500, "1.250.000,50" and "12,555" as on the question pages; 10 000 digits are too large', async ({
		page
	}) => {
		await openCounselorWith(page, singleRenter);
		await typeNumber(page, 'husleie_maned', '12.500');
		await expect.poll(async () => (await storedAnswers(page))?.husleie_maned).toBe(12500);
		await typeNumber(page, 'husleie_maned', '12,555');
		await expect.poll(async () => (await storedAnswers(page))?.husleie_maned).toBe(12555);
		await typeNumber(page, 'inntekt_maned', '1.250.000,50');
		await expect.poll(async () => (await storedAnswers(page))?.inntekt_maned).toBe(1250000.5);

		await typeNumber(page, 'husleie_maned', '9'.repeat(10_000));
		const error = page.locator('#q-husleie_maned-error');
		await expect(error).toContainText('Beløpet må være mindre enn');
		await expect(error).toContainText('Resultatet bruker fortsatt det forrige svaret: 12 555');
		await expect(page.locator('#q-husleie_maned')).toHaveAttribute('aria-invalid', 'true');
		expect((await storedAnswers(page))?.husleie_maned).toBe(12555);
	});

	test('a cleared field means "not answered", visibly, and the results stop using the old value', async ({
		page
	}) => {
		await openCounselorWith(page, singleRenter);
		await typeNumber(page, 'husleie_maned', '');
		await expect(page.locator('[data-question="husleie_maned"] [data-cleared]')).toHaveText(
			'Svaret er fjernet. Spørsmålet står som ikke besvart.'
		);
		await expect.poll(async () => 'husleie_maned' in ((await storedAnswers(page)) ?? {})).toBe(false);
		await expect(page.locator(bostotte)).not.toHaveAttribute('data-amount-monthly', '3603');
	});

	test('a cleared date means today, said so; an impossible year is refused', async ({ page }) => {
		await openCounselorWith(page, singleRenter, { date: '2026-07-01' });
		const date = page.locator('#per-dato');
		// As Chromium's date field gives the year 0001 typed into it (Playwright's fill refuses years below 1000).
		await date.evaluate((el: HTMLInputElement) => (el.value = '0001-01-01'));
		await date.dispatchEvent('change');
		await expect(page.locator('#per-dato-feil')).toContainText('Resultatet gjelder fortsatt 1. juli 2026.');
		await expect(page.locator('[data-as-of]')).toHaveAttribute('data-as-of', '2026-07-01');

		await date.fill('');
		await date.dispatchEvent('change');
		await expect(page.locator('[data-date-cleared]')).toContainText('Ingen dato er valgt');
		const today = await page.locator('[data-as-of]').getAttribute('data-as-of');
		expect(today).not.toBe('2026-07-01');
		expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar')!).date)).toBe(
			undefined
		);
	});
});

test.describe('links into an open tab', () => {
	test('a link pasted into a tab already on /veileder/ is read (empty session: loaded at once)', async ({
		page
	}) => {
		await openCounselor(page);
		await page.evaluate((h) => (location.hash = h), fragment({ k: '3226', a: singleRenter }));
		await expect(page.locator('[data-link-status="loaded"]').first()).toBeVisible();
		expect(await storedAnswers(page)).toEqual(singleRenter);
		expect(page.url()).not.toContain('#');
	});

	test('a link with other answers asks first: keep mine, or replace', async ({ page }) => {
		await openCounselorWith(page, singleRenter);
		await page.evaluate((h) => (location.hash = h), fragment({ a: otherAnswers }));
		const choice = page.locator('[data-replace-choice="link"]');
		await expect(choice).toBeVisible();
		await expect(choice.getByRole('heading')).toBeFocused();
		expect(await storedAnswers(page)).toEqual(singleRenter);
		await expectNoAxeViolations(page);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			choice.getByRole('button', { name: 'Lagre svarene som står her som fil først' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^boligsjekk-svar-.*\.json$/);
		await expect(choice).toContainText(`lagret som ${download.suggestedFilename()}`);

		await choice.getByRole('button', { name: 'Behold svarene som står her' }).press('Enter');
		await expect(page.locator('[data-link-status="kept"]')).toBeVisible();
		await expect(page.locator('#lenke-beholdt')).toBeFocused();
		expect(await storedAnswers(page)).toEqual(singleRenter);

		await page.evaluate((h) => (location.hash = h), fragment({ a: otherAnswers }));
		await page.locator('[data-replace="replace"]').first().click();
		await expect(page.locator('[data-link-status="loaded"]').first()).toBeVisible();
		expect(await storedAnswers(page)).toEqual(otherAnswers);
		await expect(page.locator('#q-inntekt_maned')).toHaveValue('22000');
	});

	test('/resultat/: a pasted link is read; a broken one on an empty session says so', async ({ page }) => {
		await page.goto('/nb/resultat/#svar=1.AAAAdGhpcyBpcyBub3QgZGVmbGF0ZQ');
		await expect(page.locator('[data-state="empty"]')).toBeVisible();
		await expect(page.locator('[data-link-status="rejected"]')).toContainText('Lenken kunne ikke åpnes');

		await page.evaluate((h) => (location.hash = h), fragment({ a: singleRenter }));
		await expect(page.locator('[data-scheme="bostotte"] [data-amount-monthly]')).toHaveAttribute(
			'data-amount-monthly',
			'3603'
		);
		await expect(page.locator('[data-link-status="loaded"]')).toBeVisible();
	});

	test('messages name the link and the cause, in the page language', async ({ page }) => {
		await page.goto('/nb/veileder/' + fragment(JSON.parse('{"__proto__": {"x": 1}, "a": {}}')));
		await expect(page.locator('[data-link-status="rejected"]').first()).toContainText(
			'Lenken inneholder feltet «__proto__», som ikke er tillatt i en lenke med svar.'
		);
		await page.goto('/nb/veileder/#svar=1.' + 'A'.repeat(30_000));
		const said = page.locator('[data-link-status="rejected"]').first();
		await expect(said).toContainText('Lenken er for lang til å være en lenke fra Boligsjekk.');
		await expect(said).not.toContainText('Filen');
		await expect(said).not.toContainText('the link');
	});
});

test.describe('import asks before it replaces other answers', () => {
	test('keep mine, then replace', async ({ page }) => {
		await openCounselorWith(page, singleRenter);
		const file = test.info().outputPath('andre.json');
		const text = JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers: otherAnswers });
		writeFileSync(file, text);
		await page.locator('#svarfil').setInputFiles(file);
		const choice = page.locator('[data-replace-choice="file"]');
		await expect(choice).toContainText('Filen andre.json har andre svar');
		await choice.getByRole('button', { name: 'Behold svarene som står her' }).click();
		await expect(page.locator('[data-import-status="kept"]')).toBeVisible();
		expect(await storedAnswers(page)).toEqual(singleRenter);

		await page.locator('#svarfil').setInputFiles(file);
		await choice.getByRole('button', { name: 'Bruk de nye svarene' }).click();
		await expect(page.locator('[data-import-status="ok"]')).toContainText('andre.json');
		expect(await storedAnswers(page)).toEqual(otherAnswers);
	});
});
