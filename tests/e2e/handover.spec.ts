import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openCounselor, seed, singleRenter, storedAnswers } from './counselor-helpers';
import { hydrated } from './helpers';

test.describe('hand-over without a server', () => {
	test('export → import round trip through a downloaded file', async ({ page }) => {
		await seed(page, singleRenter, { date: '2026-07-01' });
		await openCounselor(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-export]').click()
		]);
		expect(download.suggestedFilename()).toMatch(/^boligsjekk-svar-\d{4}-\d{2}-\d{2}\.json$/);
		const path = test.info().outputPath(download.suggestedFilename());
		await download.saveAs(path);
		const file = JSON.parse(readFileSync(path, 'utf8'));
		expect(file).toMatchObject({
			format: 'boligsjekk-svar',
			formatVersion: 1,
			date: '2026-07-01',
			kommune: '3226'
		});
		expect(file.answers).toEqual(singleRenter);

		// Clear, then open the file again: the same answers and the same result.
		const amount = await page.locator('[data-live-result="bostotte"]').getAttribute('data-amount-monthly');
		await page.getByRole('button', { name: 'Avslutt og slett' }).click();
		expect((await storedAnswers(page)) ?? {}).toEqual({});
		await page.locator('#svarfil').setInputFiles(path);
		await expect(page.locator('[data-import-status="ok"]')).toContainText(download.suggestedFilename());
		expect(await storedAnswers(page)).toEqual(singleRenter);
		await expect(page.locator('#per-dato')).toHaveValue('2026-07-01');
		await expect(page.locator('[data-live-result="bostotte"]')).toHaveAttribute(
			'data-amount-monthly',
			amount!
		);
	});

	const hostile: [string, string, RegExp][] = [
		[
			'huge number',
			JSON.stringify({
				format: 'boligsjekk-svar',
				formatVersion: 1,
				answers: { ...singleRenter, inntekt_maned: 1e308 }
			}),
			/er 1e\+308, men må være et beløp i kroner mellom 0 og 10.000.000\./
		],
		[
			'__proto__ key',
			'{"format":"boligsjekk-svar","formatVersion":1,"answers":{"__proto__":{"isAdmin":true}}}',
			/Feltet «answers\.__proto__» er ikke tillatt/
		],
		['malformed JSON', '{"format": "boligsjekk-svar", "answers": {', /ikke gyldig JSON/],
		[
			'wrong version',
			JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 7, answers: {} }),
			/forventet versjon 1, fant 7/
		],
		[
			'unknown question and wrong type',
			JSON.stringify({
				format: 'boligsjekk-svar',
				formatVersion: 1,
				answers: { skostorrelse: 42, antall_voksne: 'to' }
			}),
			/spørsmål som ikke finnes i denne versjonen av Boligsjekk \(«skostorrelse»\)[\s\S]*er "to", men må være et heltall mellom 1 og 10\./
		],
		[
			'oversized',
			JSON.stringify({
				format: 'boligsjekk-svar',
				formatVersion: 1,
				answers: {},
				$schema: 'x'.repeat(110 * 1024)
			}),
			/for stor/
		]
	];

	for (const [name, content, message] of hostile) {
		test(`a hostile or broken file is refused, naming the problem: ${name}`, async ({ page }) => {
			await seed(page, singleRenter);
			await openCounselor(page);
			await page
				.locator('#svarfil')
				.setInputFiles({ name: 'svar.json', mimeType: 'application/json', buffer: Buffer.from(content) });
			const alert = page.locator('[data-import-status="error"]');
			await expect(alert).toContainText('Svarene her er ikke endret');
			await expect(alert).toContainText(message);
			expect(await storedAnswers(page)).toEqual(singleRenter);
			await expect(page.locator('#q-husleie_maned')).toHaveValue('9000');
			expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('isAdmin');
		});
	}

	test('share link round trip: fragment → answers loaded → same results, fragment removed', async ({
		page,
		context
	}) => {
		await seed(page, singleRenter, { date: '2026-11-26' });
		await openCounselor(page);
		const amount = await page.locator('[data-live-result="bostotte"]').getAttribute('data-amount-monthly');
		await page.locator('[data-make-link]').click();
		const link = await page.locator('[data-share-link]').inputValue();
		const url = new URL(link);
		expect(url.pathname).toBe('/nb/resultat/');
		expect(url.search).toBe('');
		expect(url.hash).toMatch(/^#svar=1\.[A-Za-z0-9_-]+$/);
		await expect(page.locator('.handover svg[data-qr] path')).toHaveAttribute('d', /^M\d/);

		// A fresh tab (its own empty sessionStorage) opens the link.
		const other = await context.newPage();
		await other.goto(link);
		await hydrated(other);
		await expect(other.locator('[data-scheme="bostotte"] [data-amount-monthly]')).toHaveAttribute(
			'data-amount-monthly',
			amount!
		);
		await expect(other.getByText('Svarene fra lenken er lastet inn.')).toBeVisible();
		expect(other.url()).not.toContain('#');
		expect(await storedAnswers(other)).toEqual(singleRenter);

		// The counselor page as target.
		await page.locator('#lenkemal-veileder').check();
		await page.locator('[data-make-link]').click();
		// The link is made asynchronously (the encoder loads on demand): wait for the new one, not the old value.
		await expect(page.locator('[data-share-link]')).toHaveValue(/\/veileder\//);
		const counselorLink = await page.locator('[data-share-link]').inputValue();
		expect(new URL(counselorLink).pathname).toBe('/nb/veileder/');
		const third = await context.newPage();
		await third.goto(counselorLink);
		await expect(third.locator('[data-live-result="bostotte"]')).toHaveAttribute(
			'data-amount-monthly',
			amount!
		);
		await expect(third.locator('#q-inntekt_maned')).toHaveValue('15000');
		expect(third.url()).not.toContain('#');
	});

	test('a tampered link is refused and the answers already here stay', async ({ page }) => {
		await seed(page, singleRenter);
		await page.goto('/nb/veileder/#svar=1.AAAAdGhpcyBpcyBub3QgZGVmbGF0ZQ');
		await hydrated(page);
		await expect(page.locator('[data-handover-error]')).toContainText('Lenken kunne ikke åpnes');
		await expect(page.locator('[data-handover-error]')).toContainText('skadet');
		expect(await storedAnswers(page)).toEqual(singleRenter);
		expect(page.url()).not.toContain('#');
	});
});
