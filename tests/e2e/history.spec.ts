import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { langCodes, type Lang } from '../../src/lib/i18n/languages';
import { expectNoAxeViolations, gotoHydrated, hydrated } from './helpers';
import { writeSession } from './counselor-helpers';
import {
	answerAllPages,
	answerPage,
	fieldsOnScreen,
	household,
	questionOnScreen,
	savedAnswers
} from './walk';

const texts = (lang: Lang, ns: string) =>
	JSON.parse(readFileSync(join('src/lib/i18n/locales', lang, `${ns}.json`), 'utf8')) as Record<
		string,
		Record<string, unknown>
	>;

/** The i18n faults a page logs: a raw key on screen always comes with one. */
function i18nFaults(page: Page): string[] {
	const faults: string[] = [];
	page.on('console', (message) => {
		if (message.text().includes('[i18n]')) faults.push(`${page.url()}: ${message.text()}`);
	});
	return faults;
}

/** The question page on screen shows each of its fields' own label in this language, and no text key. */
async function expectQuestionTexts(page: Page, lang: Lang, id: string): Promise<void> {
	const questions = texts(lang, 'questions');
	await expect(page.locator(`main form[data-question="${id}"]`)).toHaveCount(1);
	const main = page.locator('main');
	for (const field of (await fieldsOnScreen(page))!) {
		// the part before a placeholder: the label itself may name the municipality
		const label = String(questions[field]!.label).split('{{')[0]!.trim();
		await expect(main, `${lang}: the label of ${field}`).toContainText(label);
	}
	await expect(main).not.toContainText(/\b(questions|wizard|common)\.[a-z_]+\.?/);
}

/** A renter who asks about housing costs only: Back is the same on every page, so a short journey does. */
const renter = household('enslig-leier').answers;

test.describe('Back shows each page with its own texts', () => {
	for (const [i, lang] of langCodes.entries()) {
		// the two footer pages are one kind of page: each language takes one of them, in turn
		const footerPage = (['privacy', 'accessibility'] as const)[i % 2]!;
		test(`${lang}: back from the ${footerPage} page, the check page and the results`, async ({ page }) => {
			test.setTimeout(180_000);
			const faults = i18nFaults(page);
			const common = texts(lang, 'common');
			const footer = common.footer as Record<string, string>;

			await gotoHydrated(page, `/${lang}/sporsmal/`);
			await answerPage(page, renter);
			// the second page is drawn in place; the history entry made for it is the one Back returns to
			const second = (await questionOnScreen(page))!;
			await expectQuestionTexts(page, lang, second);

			await page.locator('footer').getByRole('link', { name: footer[footerPage], exact: true }).click();
			await expect(page.locator('main form[data-question]')).toHaveCount(0);
			await hydrated(page);
			// the footer pages' axe in every language
			await expectNoAxeViolations(page);
			await page.goBack();
			expect(await questionOnScreen(page)).toBe(second);
			await expectQuestionTexts(page, lang, second);

			// on to the last question page from the answers a journey leaves saved (each language's whole journey is a
			// household walk in journeys.spec.ts): the page loads where the journey is, and its answer makes the check page
			const saved = savedAnswers(renter);
			const { [Object.keys(saved).at(-1)!]: _lastAnswer, ...beforeLast } = saved;
			await writeSession(page, beforeLast, { rulesVersion: 'x', savedAt: '' });
			await gotoHydrated(page, `/${lang}/sporsmal/`);
			const last = (await questionOnScreen(page))!;
			expect(await answerAllPages(page, renter), 'one page left').toHaveLength(1);
			await expect(page).toHaveURL(new RegExp(`/${lang}/svar/$`));
			await page.goBack();
			expect(await questionOnScreen(page)).toBe(last);
			await expectQuestionTexts(page, lang, last);

			await page.goForward();
			await expect(page).toHaveURL(new RegExp(`/${lang}/svar/$`));
			const check = texts(lang, 'questions').check as Record<string, string>;
			await page.getByRole('link', { name: check.seeResult }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/resultat/$`));
			await expect(page.locator('main [data-scheme][data-outcome]').first()).toBeVisible();
			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`/${lang}/svar/$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(check.title!);
			// the check page lists each answer under its question's label
			const questions = texts(lang, 'questions');
			const main = page.locator('main');
			for (const id of Object.keys(saved).slice(0, 3))
				await expect(main).toContainText(String(questions[id]!.label).split('{{')[0]!.trim());
			await expect(main).not.toContainText(/\b(questions|wizard|common)\.[a-z_]+\.?/);
			await page.goBack();
			expect(await questionOnScreen(page)).toBe(last);
			await expectQuestionTexts(page, lang, last);

			expect(faults).toEqual([]);
		});
	}
});
