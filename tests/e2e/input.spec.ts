// Issue 30, items 3–7: digits of any script, messages that name what is wrong, the counselor's date bounded at both
// ends, the least number of adults, limits written as the page writes numbers, and Back after a needs change.
import { expect, test, type Page } from '@playwright/test';
import { gotoHydrated } from './helpers';
import { openCounselorWith, seed, singleRenter, storedAnswers } from './counselor-helpers';
import type { Answers } from '../../src/lib/rules';
import { answer, expectQuestion, questionOnScreen, verdict } from './walk';

const bostotte = '[data-scheme="bostotte"] [data-amount-monthly]';

/** Types `text` (7 500) as the rent on the question page, continues, and expects 7 500 stored. */
async function rentTyped(page: Page, lang: string, text: string): Promise<void> {
	await seed(page, singleRenter);
	await gotoHydrated(page, `/${lang}/sporsmal/husleie_maned/`);
	await expectQuestion(page, 'husleie_maned');
	await page.locator('main form input[name="husleie_maned"]').fill(text);
	await page.locator('main form button[type="submit"][data-variant="primary"]').click();
	await expect(page.locator('main form[data-question="husleie_maned"]')).toHaveCount(0);
	expect((await storedAnswers(page))?.husleie_maned, text).toBe(7500);
}

test.describe('digits of any script', () => {
	test('the rent in Arabic-Indic digits on /ar/ and in full-width digits on /nb/ gives the ASCII result', async ({
		browser
	}) => {
		for (const [lang, text] of [
			['ar', '٧٥٠٠'],
			['ar', '۷٬۵۰۰'],
			['nb', '７５００']
		] as const) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await rentTyped(page, lang, text);
			if (text === '٧٥٠٠') {
				// the same answer gives the same result on every page: the Arabic results show the engine's amount
				const amount = verdict({ ...singleRenter, husleie_maned: 7500 } as Answers).find(
					(s) => s.scheme === 'bostotte'
				)!.amount!.value;
				// below the rent ceiling, so the rent shows in the amount (TC-B1's 9 000 gives 3 603)
				expect(amount).not.toBe(3603);
				await gotoHydrated(page, `/${lang}/resultat/`);
				await expect(page.locator(bostotte).first()).toHaveAttribute('data-amount-monthly', String(amount));
			}
			await context.close();
		}
	});

	test('the counselor page reads them too', async ({ page }) => {
		await openCounselorWith(page, singleRenter, {}, '/ar/veileder/');
		const field = page.locator('#q-husleie_maned');
		await field.fill('١٢٬٥٠٠');
		await field.press('Enter');
		await expect.poll(async () => (await storedAnswers(page))?.husleie_maned).toBe(12500);
	});
});

test.describe('messages name the question’s own limits', () => {
	test('adults «-1» says the least is 1; a formue above the limit names it as «1 000 000 000 kr»', async ({
		page
	}) => {
		await seed(page, singleRenter);
		await gotoHydrated(page, '/nb/sporsmal/antall_voksne/');
		await expectQuestion(page, 'antall_voksne');
		await page.locator('main form input[name="antall_voksne"]').fill('-1');
		await page.locator('main form button[type="submit"][data-variant="primary"]').click();
		await expect(page.locator('#antall_voksne-error')).toHaveText('Tallet må være 1 eller mer');

		await gotoHydrated(page, '/nb/sporsmal/inntekt_maned/');
		await page.locator('main form input[name="formue"]').fill('2 000 000 000');
		await page.locator('main form button[type="submit"][data-variant="primary"]').click();
		const message = page.locator('#formue-error');
		await expect(message).toBeVisible();
		expect((await message.textContent())!.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 000 000 000 kr');
	});

	// a file for another municipality: tests/e2e/place-links.spec.ts (answers kept, «annen versjon av Boligsjekk»)
});

test.describe('the counselor’s «as of» date', () => {
	test('keeps to the days the rules cover; a year typed digit by digit is saved only when whole', async ({
		page
	}) => {
		await openCounselorWith(page, singleRenter, { date: '2026-07-01' });
		const date = page.locator('#per-dato');
		await expect(date).toHaveAttribute('min', '2024-01-01');
		await expect(date).toHaveAttribute('max', '2027-12-31');
		const asOf = page.locator('[data-as-of]');

		// Chromium's date field reports the year after every digit: 0002, 0020, 0202, 2027
		await date.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const seen = new Set<string | null>();
		for (const digit of '2027') {
			await page.keyboard.press(digit);
			seen.add(await asOf.getAttribute('data-as-of'));
			await expect(page.locator('#per-dato-feil')).toHaveCount(0);
		}
		await expect(asOf).toHaveAttribute('data-as-of', '2027-07-01');
		expect([...seen].filter((d) => d !== '2026-07-01' && d !== '2027-07-01')).toEqual([]);

		await date.fill('9999-12-31');
		await date.dispatchEvent('change');
		await expect(page.locator('#per-dato-feil')).toHaveText(
			'Reglene gjelder bare for datoer mellom 1. januar 2024 og 31. desember 2027. Velg en dato i den perioden. Resultatet gjelder fortsatt 1. juli 2027.'
		);
		await expect(asOf).toHaveAttribute('data-as-of', '2027-07-01');
		await expect(date).toHaveValue('9999-12-31');
	});
});

test.describe('Back after a needs change', () => {
	test('Back to a page that no longer matters goes back, not onwards again', async ({ page }) => {
		await gotoHydrated(page, '/nb/sporsmal/');
		await expectQuestion(page, 'behov');
		await answer(page, 'behov', ['kjope_beholde']);
		await expectQuestion(page, 'startlan_formal');
		await page.getByRole('link', { name: 'Tilbake' }).click();
		await expectQuestion(page, 'behov');
		await answer(page, 'behov', ['boutgifter']);
		const next = (await questionOnScreen(page))!;
		expect(next).not.toBe('startlan_formal');

		await page.goBack();
		await expectQuestion(page, 'behov');
		// the history's next entry back is the loan page, which no longer matters: Back from behov is the start page
		await page.goBack();
		await expect(page).toHaveURL(/\/nb\/$/);
	});
});
