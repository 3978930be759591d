import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, nationalOrigin } from './helpers';
import { openCounselor, seed, singleRenter } from './counselor-helpers';

/** A startlån applicant (rule case SL-husbankrente-juli-2026), evaluated on 6 December 2026. */
const startlan: Record<string, unknown> = JSON.parse(
	readFileSync('tests/cases/startlan/SL-husbankrente-juli-2026.json', 'utf8')
).answers;
const date = '2026-12-06';

test('a result says which figures are past their review date, and which rate it uses', async ({ page }) => {
	await seed(page, startlan, { date });
	await gotoHydrated(page, '/nb/resultat/');
	const note = page.locator('[data-scheme="startlan"] [data-unconfirmed="husbanken.flytende_rente"]');
	await expect(note).toContainText(
		'ikke bekreftet for september 2026 ennå – vi bruker satsen fra 1. juli 2026'
	);
	await expect(
		page.locator('[data-scheme="startlan"] [data-unconfirmed="norges_bank.styringsrente"]')
	).toContainText('ikke bekreftet for mars 2026 ennå – vi bruker satsen fra 19. september 2025');
	await expectNoAxeViolations(page);
});

test('the counselor page lists the figures due on its date', async ({ page }) => {
	await seed(page, singleRenter, { date });
	await openCounselor(page);
	const due = page.locator('details.counselor__due');
	await due.locator('summary').click();
	await expect(due.locator('[data-due="husbanken.flytende_rente"]')).toContainText(
		'skulle vært kontrollert innen 1. september 2026'
	);
	await expect(due.locator('[data-due="bostotte.minste_utbetaling"]')).toContainText('ukjent');
	await expectNoAxeViolations(page);
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
