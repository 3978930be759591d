import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { openCounselor, seed, singleRenter, storedAnswers } from './counselor-helpers';

const bostotte = '[data-live-result="bostotte"]';

test.describe('counselor mode /nb/veileder/', () => {
	test('shows every relevant question grouped, with live results beside them', async ({ page }) => {
		await seed(page, singleRenter, { date: '2026-11-26' });
		await openCounselor(page);
		for (const g of ['husstand', 'bolig', 'inntekt', 'situasjon'])
			await expect(page.locator(`[data-group="${g}"] legend`).first()).toBeVisible();
		await expect(page.locator('#q-husleie_maned')).toHaveValue('9000');
		await expect(page.locator('#q-boform')).toHaveValue('leier');
		await expect(page.locator(bostotte)).toHaveAttribute('data-amount-monthly', '3603');

		// Two columns on a wide screen: the results sit beside the form.
		const form = await page.locator('.counselor__form').boundingBox();
		const results = await page.locator('[data-live-results]').boundingBox();
		expect(results!.x).toBeGreaterThan(form!.x + form!.width - 1);

		// Lower rent → another estimate, at once.
		await page.locator('#q-husleie_maned').fill('7 500');
		await page.locator('#q-husleie_maned').press('Enter');
		await expect(page.locator(bostotte)).not.toHaveAttribute('data-amount-monthly', '3603');
		expect((await storedAnswers(page))!.husleie_maned).toBe(7500);

		// A value out of range is refused with a message; the answer stays.
		await page.locator('#q-antall_voksne').fill('99');
		await page.locator('#q-antall_voksne').press('Enter');
		await expect(page.locator('#q-antall_voksne-error')).toHaveText(
			'Tallet må være 10 eller mindre. Resultatet bruker fortsatt det forrige svaret: 1.'
		);
		expect((await storedAnswers(page))!.antall_voksne).toBe(1);
	});

	test('the results follow a number while it is typed; an error waits until the field is left', async ({
		page
	}) => {
		await seed(page, singleRenter, { date: '2026-11-26' });
		await openCounselor(page);
		await expect(page.locator(bostotte)).toHaveAttribute('data-amount-monthly', '3603');
		const rent = page.locator('#q-husleie_maned');
		await rent.fill('');
		await rent.pressSequentially('7 500');
		await expect(page.locator(bostotte)).not.toHaveAttribute('data-amount-monthly', '3603');
		await expect(rent).toHaveValue('7 500');
		expect((await storedAnswers(page))!.husleie_maned).toBe(7500);

		const adults = page.locator('#q-antall_voksne');
		await adults.fill('99');
		await expect(page.locator('#q-antall_voksne-error')).toHaveCount(0);
		await adults.press('Enter');
		await expect(page.locator('#q-antall_voksne-error')).toBeVisible();
		expect((await storedAnswers(page))!.antall_voksne).toBe(1);
	});

	test('while a number is typed the form stands still; it follows the answer once the field is left', async ({
		page
	}) => {
		await seed(page, singleRenter, { date: '2026-11-26' });
		await openCounselor(page);
		const boligtype = page.locator('[data-question="boligtype"]');
		await expect(boligtype).not.toHaveClass(/counselor-field--moot/);
		const rent = page.locator('#q-husleie_maned');
		await rent.fill('');
		await rent.pressSequentially('800');
		// At 800 kr bostøtte gives nothing and ten answers no longer matter: the results say so at once, the form waits.
		await expect(page.locator(bostotte)).toHaveAttribute('data-outcome', 'not-eligible');
		await expect(boligtype).not.toHaveClass(/counselor-field--moot/);
		await rent.press('Tab');
		await expect(boligtype).toHaveClass(/counselor-field--moot/);
		await expect(page.locator('#q-boligtype')).toHaveAttribute('aria-describedby', 'q-boligtype-moot');

		// A number refused when the field is left keeps the answer from before it was typed, not a part of it.
		const adults = page.locator('#q-antall_voksne');
		await adults.fill('');
		await adults.pressSequentially('99');
		await adults.press('Tab');
		await expect(page.locator('#q-antall_voksne-error')).toHaveText(
			'Tallet må være 10 eller mindre. Resultatet bruker fortsatt det forrige svaret: 1.'
		);
		expect((await storedAnswers(page))!.antall_voksne).toBe(1);
	});

	test('an open fold names the figures in doubt that move the result', async ({ page }) => {
		await seed(page, singleRenter, { date: '2026-12-06' });
		await openCounselor(page);
		const live = page.locator(`${bostotte} > details`);
		await live.locator('summary').click();
		await expect(live.locator('[data-doubt~="bostotte.egenandel_t1"]')).toContainText(
			'funnet i en annen kilde, ikke hos Husbanken selv'
		);
	});

	test('the print-out is built for printing and dropped after it', async ({ page }) => {
		await seed(page, singleRenter, { date: '2026-12-06' });
		await openCounselor(page);
		await expect(page.locator('[data-print-summary]')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary] [data-doubt~="bostotte.egenandel_t1"]')).toBeAttached();
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('[data-print-summary]')).toHaveCount(0);
	});

	test('stacks on a narrow screen', async ({ page }) => {
		await page.setViewportSize({ width: 400, height: 900 });
		await seed(page, singleRenter);
		await openCounselor(page);
		const form = await page.locator('.counselor__form').boundingBox();
		const results = await page.locator('[data-live-results]').boundingBox();
		expect(results!.y).toBeGreaterThan(form!.y + form!.height - 1);
	});

	test('the "as of" date picks the rules valid then, and refuses a date without rules', async ({ page }) => {
		await seed(page, singleRenter);
		await openCounselor(page);
		const date = page.locator('#per-dato');

		await date.fill('2026-07-01');
		await date.dispatchEvent('change');
		await expect(page.locator('[data-as-of]')).toHaveAttribute('data-as-of', '2026-07-01');
		await expect(page.locator('[data-as-of]')).toContainText('1. juli 2026');
		const july2026 = await page.locator(bostotte).getAttribute('data-amount-monthly');
		const outcome2026 = await page.locator(bostotte).getAttribute('data-outcome');

		await date.fill('2025-07-01');
		await date.dispatchEvent('change');
		await expect(page.locator('[data-as-of]')).toHaveAttribute('data-as-of', '2025-07-01');
		const july2025 = await page.locator(bostotte).getAttribute('data-amount-monthly');
		const outcome2025 = await page.locator(bostotte).getAttribute('data-outcome');
		expect(`${outcome2025} ${july2025}`).not.toBe(`${outcome2026} ${july2026}`);
		// The print-out (built when the page is printed) carries the same date.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary] [data-rules-date]')).toHaveAttribute(
			'data-rules-date',
			'2025-07-01'
		);
		await page.emulateMedia({ media: 'screen' });
		// …and the session keeps it for the results page.
		expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar')!).date)).toBe(
			'2025-07-01'
		);

		// A date the rules do not cover is refused in the field, and the results say which date they still use.
		await date.fill('2001-01-01');
		await date.dispatchEvent('change');
		await expect(page.locator('#per-dato-feil')).toHaveText(
			'Reglene gjelder bare for datoer mellom 1. januar 2024 og 31. desember 2027. Velg en dato i den perioden. Resultatet gjelder fortsatt 1. juli 2025.'
		);
		await expect(page.locator('[data-as-of]')).toHaveAttribute('data-as-of', '2025-07-01');
	});

	test('what-if: a duplicated case with other income, side by side, differences in words', async ({
		page
	}) => {
		await seed(page, singleRenter, { date: '2026-11-26' });
		await openCounselor(page);
		await page.locator('[data-duplicate]').click();
		await expect(page.locator('#rediger-B')).toBeChecked();
		await expect(page.locator('[data-compare-summary]')).toContainText('Ingen ordninger');

		await page.locator('#q-inntekt_maned').fill('20000');
		await page.locator('#q-inntekt_maned').press('Enter');
		const row = page.locator('[data-compare-row="bostotte"]');
		await expect(row).toHaveAttribute('data-changed', 'true');
		await expect(row.locator('td[data-case="a"]')).toHaveAttribute('data-amount-value', '3603');
		await expect(row).toContainText('Endret beløp');
		await expect(page.locator('[data-answer-diff="inntekt_maned"]')).toContainText('15 000');
		await expect(page.locator('[data-answer-diff="inntekt_maned"]')).toContainText('20 000');
		await expect(page.locator('[data-compare-summary]')).toContainText('annet resultat');

		// Case A is untouched; switching back edits A again.
		await page.locator('#rediger-A').check();
		await expect(page.locator('#q-inntekt_maned')).toHaveValue('15000');
		expect((await storedAnswers(page))!.inntekt_maned).toBe(15000);
		// axe on the page with two cases compared is «has no axe violations…» below
	});

	test('has no axe violations with a live result, what-if and hand-over open', async ({ page }) => {
		await seed(page, singleRenter);
		await openCounselor(page);
		await page.locator('[data-duplicate]').click();
		await page.locator('#q-husleie_maned').fill('7000');
		await page.locator('#q-husleie_maned').press('Enter');
		await page.locator('[data-make-link]').click();
		await page
			.locator('#svarfil')
			.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
		await expect(page.locator('[data-import-status="error"]')).toBeVisible();
		const live = page.locator(`${bostotte} > details`);
		await live.locator('summary').click();
		await expect(live).toHaveAttribute('open');
		await expectNoAxeViolations(page);
	});

	test('"Avslutt og slett" clears everything the tab holds', async ({ page }) => {
		await seed(page, singleRenter);
		await openCounselor(page);
		await page.locator('[data-duplicate]').click();
		await page.getByRole('button', { name: 'Avslutt og slett' }).click();
		await expect(page.locator('#avsluttet')).toBeFocused();
		const keys = await page.evaluate(() =>
			Object.keys(sessionStorage).filter((k) => k.startsWith('boligsjekk:') && k !== 'boligsjekk:e2e-seeded')
		);
		expect(keys.filter((k) => k !== 'boligsjekk:svar')).toEqual([]);
		expect((await storedAnswers(page)) ?? {}).toEqual({});
		await expect(page.locator('#q-boform')).toHaveValue('');
	});
});

test.describe('counselor mode in nynorsk and English', () => {
	for (const [lang, title, group] of [
		['nn', 'Rettleiarmodus', 'Bustad'],
		['en', 'Counsellor mode', 'Home']
	] as const) {
		test(`/${lang}/veileder/ is complete in ${lang}`, async ({ page }) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			await seed(page, singleRenter);
			await openCounselor(page, `/${lang}/veileder/`);
			await expect(page.locator('main > h1')).toHaveText(title);
			await expect(page.locator('[data-group="bolig"] > legend')).toHaveText(group);
			await expect(page.locator(bostotte)).toHaveAttribute('data-amount-monthly', /\d+/);
			expect(await page.locator('main').innerText()).not.toMatch(/counselor\.[a-z]/);
			expect(errors.filter((e) => e.includes('counselor.'))).toEqual([]);
		});
	}
});
