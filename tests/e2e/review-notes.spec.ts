import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, nationalOrigin } from './helpers';
import { openCounselor, seed, singleRenter } from './counselor-helpers';

/** A startlån applicant (rule case SL-husbankrente-juli-2026), evaluated on 6 December 2026. */
const startlan: Record<string, unknown> = JSON.parse(
	readFileSync('tests/cases/startlan/SL-husbankrente-juli-2026.json', 'utf8')
).answers;
const date = '2026-12-06';
const LANGS = ['nb', 'nn', 'en', 'pl', 'uk', 'ar', 'so'] as const;

/** Builds the results page's print-out (it is built only for printing) and goes back to the screen. */
async function buildPrintOut(page: Page) {
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-print-summary] [data-print-scheme]').first()).toBeAttached();
	await page.emulateMedia({ media: 'screen' });
}

/** The card of one scheme on the results for these answers on `date`. */
async function cardOn(page: Page, answers: Record<string, unknown>, scheme: string) {
	await seed(page, answers, { date });
	await gotoHydrated(page, '/nb/resultat/');
	return page.locator(`main [data-scheme="${scheme}"]`);
}

test('a single renter’s bostøtte names only the figures in doubt, not the ones Husbanken’s own page confirms', async ({
	page
}) => {
	const card = await cardOn(page, singleRenter, 'bostotte');
	await expect(card).toHaveAttribute('data-outcome', 'eligible');
	await expect(card).not.toContainText('ikke bekreftet av Husbanken ennå');
	await expect(card.locator('[data-doubt~="bostotte.egenandel_t1"]')).toHaveText(
		'Minste egenandel, Egenandel: sats for inntekt opp til første grense og Egenandel: første inntektsgrense: funnet i en annen kilde, ikke hos Husbanken selv. Tallene gir samme inntektsgrense som Husbankens egen kalkulator viste i august 2026.'
	);
	for (const confirmed of ['boutgiftstak', 'minste_utbetaling', 'dekningsgrad', 'vekt_barn'])
		await expect(card.locator(`[data-doubt~="bostotte.${confirmed}"]`)).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('startlån names the policy rate with what is known, and not Husbanken’s rate that does not move the result', async ({
	page
}) => {
	const card = await cardOn(page, startlan, 'startlan');
	await expect(card.locator('[data-doubt~="norges_bank.styringsrente"]')).toHaveText(
		'Norges Banks styringsrente: vi bruker tall fra 19. september 2025 og har ikke funnet nyere. Norges Bank kan ha endret renten på et rentemøte etter januar 2026.'
	);
	await expect(card.locator('[data-doubt~="husbanken.flytende_rente"]')).toHaveCount(0);
	await expect(card).not.toContainText('ikke bekreftet for mars 2026');
});

test('the counselor page lists the figures due on its date in the words a result uses', async ({ page }) => {
	await seed(page, singleRenter, { date });
	await openCounselor(page);
	const due = page.locator('details.counselor__due');
	await due.locator('summary').click();
	await expect(due.locator('[data-due="husbanken.flytende_rente"]')).toContainText(
		'Husbankens flytende rente: vi bruker tall fra 1. juli 2026 og har ikke funnet nyere. Husbanken endrer renten hver annen måned. (skulle vært kontrollert innen 1. september 2026; bare sekundærkilde)'
	);
	// Husbanken's own page gives the minimum payout: no longer unknown.
	await expect(due.locator('[data-due="bostotte.minste_utbetaling"]')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test.describe('the 1 January 2027 walk-through', () => {
	const ceiling = 'bostotte.boutgiftstak';

	for (const lang of LANGS)
		test(`${lang}: the result, its print-out and the counselor page say the same about the carried-over ceiling`, async ({
			page
		}) => {
			await seed(page, singleRenter, { date: '2027-01-01' });
			await gotoHydrated(page, `/${lang}/resultat/`);
			const onCard = page.locator(`main [data-scheme="bostotte"] [data-doubt~="${ceiling}"]`);
			await expect(onCard).toHaveAttribute('data-reason', 'review');
			const said = (await onCard.textContent())!.trim();
			expect(said).toMatch(/2026/);
			expect(said).toMatch(/2027/);
			await buildPrintOut(page);
			await expect(
				page.locator(`[data-print-summary] [data-print-scheme="bostotte"] [data-doubt~="${ceiling}"]`)
			).toHaveText(said);
			if (lang !== 'nb') return;
			await expectNoAxeViolations(page);
			await openCounselor(page, `/${lang}/veileder/`);
			const due = page.locator('details.counselor__due');
			await due.locator('summary').click();
			await expect(due.locator(`[data-due="${ceiling}"]`)).toContainText(said);
		});
});

test.describe('the national build', () => {
	test.use({ baseURL: nationalOrigin });
	test('shows the national schemes for the chosen municipality and names the local ones we have no data for', async ({
		page
	}) => {
		await seed(page, { ...singleRenter, kommunenummer: '4601' }, { date, kommune: '0000' });
		await gotoHydrated(page, '/nb/resultat/');
		await expect(page.locator('[data-scheme="bostotte"][data-outcome="eligible"]')).toHaveCount(1);
		await expect(page.getByRole('heading', { name: 'Ordninger som ikke er med for Bergen' })).toBeVisible();
		await expect(
			page.locator('[data-scheme="tilskudd-etablering"][data-excluded="not-confirmed"]')
		).toHaveCount(1);
		await expectNoAxeViolations(page);
	});
});
