import { expect, test, type Page } from '@playwright/test';
import { session as baseSession, singleRenter } from './counselor-helpers';
import { expectNoAxeViolations, gotoHydrated, openFolds } from './helpers';

/** A session in the storage.ts format, evaluated on a fixed date. */
const session = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	baseSession(answers, { date: '2026-11-26', ...extra });

/** The same renter, but a student living alone without children: no right to bostøtte. */
const student = {
	...singleRenter,
	student_i_husstanden: true,
	hvem_studerer: 'meg_selv',
	student_unntak: ['ingen']
};

/** A buyer whose bank offers too little: startlån is assessed, with an estimated loan capacity. */
const buyer = {
	...singleRenter,
	inntekt_maned: 30000,
	startlan_formal: 'kjope',
	bank_svar: 'for_lite',
	lovlig_opphold: true,
	langvarig_finansieringsproblem: true,
	har_spart: false,
	helse_sosiale_utfordringer: false,
	trenger_stabil_bolig_raskt: false,
	risiko_miste_bolig: false,
	arbeid_i_kommunen: true,
	netto_inntekt_maned: 25000,
	levekostnader_maned: 0,
	faste_utgifter_maned: 1000,
	bokostnader_ny_bolig_maned: 3000,
	varig_lav_inntekt: false,
	antall_barn_0_5: 0,
	antall_barn_6_10: 0,
	lanebehov: 2000000,
	tilknytning_kommunen: true
};

async function seed(page: Page, value: unknown) {
	await page.addInitScript((text) => {
		if (!sessionStorage.getItem('boligsjekk:e2e-seeded')) {
			sessionStorage.setItem('boligsjekk:svar', text);
			sessionStorage.setItem('boligsjekk:e2e-seeded', '1');
		}
	}, JSON.stringify(value));
}

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f\u2009]/g, ' ');

test.describe('results page', () => {
	test('loads the number and date formats in a worker first, and formats the same without one', async ({
		page
	}) => {
		// ICU's locale data is loaded by a worker (src/lib/format.ts, warmFormats), off the main thread
		const worker = page.waitForRequest(/\/workers\/intl-warm\.worker-[^/]+\.js$/);
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/');
		await worker;
		const amount = page.locator('[data-scheme="bostotte"] [data-amount-monthly]');
		await expect(amount).toBeVisible();
		expect(plain(await amount.textContent())).toContain('3 603 kr');

		// a worker that cannot load leaves the page as it was: the same amounts, formatted on the main thread
		await page.context().route(/\/workers\//, (route) => route.abort());
		const refused = page.waitForEvent('requestfailed', (r) => /intl-warm\.worker/.test(r.url()));
		await page.reload();
		await refused;
		await expect(amount).toBeVisible();
		expect(plain(await amount.textContent())).toContain('3 603 kr');
		await expect(page.locator('.rules-used [data-rules-date]')).toContainText('26. november 2026');
	});

	test('a single renter gets bostøtte with the amount, the steps, the threshold and sources', async ({
		page
	}) => {
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/');

		const bostotte = page.locator('[data-scheme="bostotte"][data-outcome]');
		await expect(bostotte).toHaveAttribute('data-outcome', 'eligible');
		const monthly = Number(
			await bostotte.locator('[data-amount-monthly]').getAttribute('data-amount-monthly')
		);
		expect(Math.abs(monthly - 3603)).toBeLessThanOrEqual(1);
		expect(plain(await bostotte.locator('[data-amount-monthly]').textContent())).toContain('3 603 kr');
		await expect(bostotte.getByRole('heading', { level: 3 })).toHaveCount(1);
		await expect(bostotte.getByText('Du kan trolig få bostøtte', { exact: false }).first()).toBeVisible();

		// The date and rule versions at the top, and that it is guidance.
		const rules = page.locator('.rules-used [data-rules-date]');
		await expect(rules).toHaveAttribute('data-rules-date', '2026-11-26');
		await expect(rules).toContainText('26. november 2026');
		await expect(rules).toHaveAttribute('data-rules-version', /^[0-9a-f]{8}$/);
		await expect(page.getByText('regelversjon 2024-01', { exact: false }).first()).toBeAttached();
		await expect(page.getByRole('heading', { name: 'Dette er veiledning, ikke et vedtak' })).toBeVisible();

		// Excluded schemes are listed at the end, not as results.
		const excluded = page.locator('[data-excluded][data-scheme="tilskudd-utredning-prosjektering"]');
		await expect(excluded).toHaveAttribute('data-excluded', 'not-confirmed');
		await expect(page.locator('[data-scheme="tilskudd-utredning-prosjektering"][data-outcome]')).toHaveCount(
			0
		);
		// Schemes that need more answers link to the questions.
		const startlan = page.locator('[data-scheme="startlan"][data-outcome]');
		await expect(startlan).toHaveAttribute('data-outcome', 'unknown');
		await expect(startlan.getByRole('link', { name: 'Svar på flere spørsmål' })).toHaveAttribute(
			'href',
			/\/nb\/sporsmal\/[a-z0-9_]+\/$/
		);

		// The most promising scheme comes first.
		await expect(page.locator('main [data-scheme][data-outcome]').first()).toHaveAttribute(
			'data-scheme',
			'bostotte'
		);

		// "Slik har vi vurdert" is folded for a resident; in it, "Slik har vi regnet": the steps in order.
		const reasoning = bostotte.locator('details.scheme-result__reasoning');
		await expect(reasoning).not.toHaveAttribute('open');
		await reasoning.locator(':scope > summary').click();
		const steps = bostotte.locator('details.amount-steps');
		await steps.locator('summary').click();
		const ids = await steps
			.locator('[data-step]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
		expect(ids[0]).toBe('boutgifter');
		expect(ids.at(-1)).toBe('utbetaling');
		expect(plain(await steps.locator('[data-step="boutgiftstak"]').textContent())).toContain('92 234 kr');
		expect(plain(await steps.locator('[data-step="utbetaling"]').textContent())).toMatch(
			/3 60[234] kr i måneden/
		);
		// The egenandel figures rest on third-party material: a resident sees no grade code and no such source, but is
		// told in plain words which figures (the counselor page shows the source, marked).
		await expect(bostotte.locator('.grade-tag')).toHaveCount(0);
		await expect(bostotte.locator('[data-doubt~="bostotte.egenandel_minimum"]')).toContainText(
			'funnet i en annen kilde, ikke hos Husbanken selv'
		);

		// What would change the result.
		const threshold = bostotte.locator('[data-threshold="inntekt_maned"]');
		expect(Math.abs(Number(await threshold.getAttribute('data-value')) - 25326)).toBeLessThanOrEqual(1);
		expect(plain(await threshold.textContent())).toMatch(/25 32\d kr/);

		// Criteria link their legal sources.
		await bostotte.locator('details.scheme-result__all summary').click();
		const lovdata = bostotte.locator('[data-criterion="alder"] a[href^="https://lovdata.no/"]');
		await expect(lovdata).toHaveCount(1);
		await expect(lovdata).toContainText('bustøttelova');

		// The primary action leads to the next steps: confirmed channels only, with tel: and mailto: links.
		await bostotte.getByRole('link', { name: 'Slik søker du om bostøtte' }).click();
		const apply = page.locator('#soknad-bostotte');
		await expect(apply).toBeInViewport();
		await expect(apply.locator('a[href="mailto:postmottak@ahk.no"]').first()).toBeVisible();
		await expect(apply.locator('a[href="tel:+4722961600"]')).toBeVisible();
		await expect(apply).not.toContainText('ikke bekreftet');

		// Actions.
		await expect(page.getByRole('link', { name: 'Endre svarene' }).first()).toHaveAttribute(
			'href',
			/\/nb\/svar\/$/
		);
		await expect(page.getByRole('button', { name: 'Avslutt og slett svarene' })).toBeVisible();
	});

	test('startlån shows the loan capacity with data-amount and its calculation', async ({ page }) => {
		await seed(page, session(buyer));
		await gotoHydrated(page, '/nb/resultat/');
		const startlan = page.locator('[data-scheme="startlan"][data-outcome]');
		await expect(startlan).toHaveAttribute('data-outcome', 'assessment');
		await expect(
			startlan.getByText('Du kan søke – kommunen vurderer', { exact: false }).first()
		).toBeVisible();
		const amount = startlan.locator('[data-amount]');
		const value = Number(await amount.getAttribute('data-amount'));
		expect(Number.isInteger(value) && value > 0).toBe(true);
		// The hook keeps the engine's figure; the page shows it to the nearest 10 000 kr (no false precision).
		expect(plain(await amount.textContent()).replace(/\D/g, '')).toBe(
			String(Math.round(value / 10000) * 10000)
		);
		await expect(startlan.locator('[data-amount-monthly]')).toHaveCount(0);
		await startlan.locator('details.scheme-result__reasoning > summary').click();
		await startlan.locator('details.amount-steps summary').click();
		await expect(startlan.locator('[data-step="stressrente"]')).toContainText('%');
		await expect(startlan.locator('[data-step="lopetid_ar"]')).toContainText('år');
	});

	test('a student living alone probably cannot get bostøtte, and is told why', async ({ page }) => {
		await seed(page, session(student));
		await gotoHydrated(page, '/nb/resultat/');
		const bostotte = page.locator('[data-scheme="bostotte"][data-outcome]');
		await expect(bostotte).toHaveAttribute('data-outcome', 'not-eligible');
		await expect(bostotte.locator('[data-amount-monthly]')).toHaveCount(0);
		// One line with the deciding reason; the reasoning one tap away.
		await expect(bostotte.locator('.outcome-tag')).toContainText('Trolig nei');
		await expect(bostotte.locator('[data-reason]')).toContainText('student');
		await bostotte.locator('details.scheme-result__reasoning > summary').click();
		await expect(bostotte.locator('[data-criterion="student"][data-result="not-met"]').first()).toBeVisible();
	});

	test('a damaged answer is left out instead of breaking the page', async ({ page }) => {
		await seed(
			page,
			session({ ...singleRenter, husleie_maned: 'lots', not_a_question: 1 }, { date: '26.11.2026' })
		);
		await gotoHydrated(page, '/nb/resultat/');
		const bostotte = page.locator('[data-scheme="bostotte"][data-outcome]');
		await expect(bostotte).toHaveAttribute('data-outcome', /unknown|eligible/);
		await expect(page.locator('.ds-alert[data-color="danger"]')).toHaveCount(0);
		await expect(page.locator('.rules-used [data-rules-date]')).toHaveAttribute(
			'data-rules-date',
			/^\d{4}-\d{2}-\d{2}$/
		);
	});

	test('with no answers it says so and links to the start of the questions', async ({ page }) => {
		await gotoHydrated(page, '/nb/resultat/');
		await expect(page.locator('[data-state="empty"]')).toBeVisible();
		await expect(page.locator('[data-scheme]')).toHaveCount(0);
		// The guidance is prerendered for the results, and goes when there are none.
		await expect(page.getByRole('heading', { name: 'Dette er veiledning, ikke et vedtak' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Start sjekken' })).toHaveAttribute(
			'href',
			/\/nb\/sporsmal\/$/
		);
		await expectNoAxeViolations(page);
	});

	test('"Avslutt og slett svarene" removes the answers and goes to the start page', async ({ page }) => {
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/');
		await page.getByRole('button', { name: 'Avslutt og slett svarene' }).click();
		await expect(page).toHaveURL(/\/nb\/$/);
		expect(await page.evaluate(() => sessionStorage.getItem('boligsjekk:svar'))).toBeNull();
	});

	// axe on a wide screen here; on a phone in every language, each household's walk (tests/e2e/walk.ts)
	test('has no axe violations on a wide screen, with every section open, and fits a 320 px wide screen without horizontal scrolling', async ({
		page
	}) => {
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/');
		await expect(page.locator('[data-scheme="bostotte"][data-outcome="eligible"]')).toBeVisible();
		await expect(page.locator('main[data-results="complete"]')).toHaveCount(1);
		await openFolds(page);
		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 320, height: 800 });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('does not jump when the results come: they replace the loading line, the footer stays below', async ({
		page,
		request
	}) => {
		const html = await (await request.get('/nb/resultat/')).text();
		expect(html).toContain('Regner ut resultatet');
		await page.setViewportSize({ width: 412, height: 823 });
		// The app's scripts come late, so the prerendered page is on screen before the results replace it.
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await new Promise((r) => setTimeout(r, 300));
			await route.continue();
		});
		await page.addInitScript(() => {
			const w = window as unknown as { shifted: number };
			w.shifted = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.shifted += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/');
		await expect(page.locator('main[data-results="complete"]')).toHaveCount(1);
		await expect(page.locator('.site-footer')).not.toBeInViewport();
		const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
		expect(shifted).toBeLessThan(0.05);
	});

	test('every fold holds its content before it is opened (find in page reaches it), and printing opens every fold', async ({
		page
	}) => {
		await page.addInitScript(() => {
			window.print = () => {
				const w = window as unknown as { printed: unknown };
				w.printed = {
					schemes: document.querySelectorAll('main .scheme-result[data-scheme]').length,
					printed: document.querySelectorAll('[data-print-summary] [data-print-scheme]').length
				};
			};
		});
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/');
		await expect(page.locator('main')).toHaveAttribute('data-results', 'complete');
		const bostotte = page.locator('[data-scheme="bostotte"]');
		// Folded, but there: the browser's find in page opens a <details> whose text matches.
		await expect(bostotte.locator('details.scheme-result__reasoning')).not.toHaveAttribute('open');
		await expect(bostotte.locator('details.scheme-result__all [data-criterion="alder"]')).toBeAttached();
		await expect(bostotte.locator('details.amount-steps [data-step="utbetaling"]')).toBeAttached();
		await expect(page.locator('[data-print-summary]')).toHaveCount(0);

		// The print button builds the print-out first.
		await page.getByRole('button', { name: 'Skriv ut eller lagre som PDF' }).click();
		const printed = (await page.evaluate(() => (window as unknown as { printed: unknown }).printed)) as {
			schemes: number;
			printed: number;
		};
		expect(printed.schemes).toBeGreaterThan(0);
		expect(printed.printed).toBe(printed.schemes);

		// The browser's own print opens every fold in beforeprint, and closes them again after.
		const closed = () => page.evaluate(() => document.querySelectorAll('main details:not([open])').length);
		const before = await closed();
		expect(before).toBeGreaterThan(0);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		expect(await closed()).toBe(0);
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		expect(await closed()).toBe(before);
	});

	test('a link to one scheme scrolls to it once the results are there', async ({ page }) => {
		await seed(page, session(singleRenter));
		await gotoHydrated(page, '/nb/resultat/#ordning-sosialhjelp-boutgifter');
		await expect(page.locator('main')).toHaveAttribute('data-results', 'complete');
		await expect(page.locator('#ordning-sosialhjelp-boutgifter')).toBeInViewport();
	});
});
