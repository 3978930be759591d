import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, hydrated } from './helpers';
import { seed, singleRenter } from './counselor-helpers';

const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, '');

/** Opens the single renter's results page and builds its print-out, which the page builds only for printing. */
async function openResults(page: Page) {
	await seed(page, singleRenter, { date: '2026-11-26' });
	await page.goto('/nb/resultat/');
	await hydrated(page);
	await expect(page.locator('main .scheme-result').first()).toBeVisible();
	await expect(page.locator('[data-print-summary]')).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-print-summary] [data-print-scheme]').first()).toBeAttached();
	await page.emulateMedia({ media: 'screen' });
}

/** Prints the page to an A4 PDF under test-results/ and returns its text (pdftotext) and page count. */
async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; file: string }> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, tagged: true, outline: true });
	mkdirSync('test-results/print', { recursive: true });
	const file = `test-results/print/${name}.pdf`;
	writeFileSync(file, pdf);
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
	return { text, pages, file };
}

test.describe('printed result', () => {
	test('a typical single renter prints on at most two A4 pages with everything the print-out must hold', async ({
		page
	}) => {
		await openResults(page);
		const summary = page.locator('[data-print-summary]');
		await expect(summary).toBeHidden();

		const version = (await summary.locator('[data-rules-version]').getAttribute('data-rules-version'))!;
		const printedAt = (await summary.locator('[data-printed-at]').textContent())!.trim();
		const verdicts = await summary.locator('[data-print-scheme] .print-scheme__verdict').allTextContents();
		const tags = await summary.locator('[data-print-scheme] .outcome-tag').allTextContents();
		expect(verdicts.length).toBeGreaterThan(3);

		const { text, pages } = await printToPdf(page, 'resultat-nb-enslig-leietaker');
		const flat = squash(text);
		expect(flat).toContain(squash('Veiledende resultat: boligstøtteordninger i Aurskog-Høland'));
		expect(flat).toContain(squash(printedAt.split(' ').slice(0, 3).join(' ')));
		expect(flat).toContain(squash('Regler per: 26. november 2026'));
		expect(flat).toContain(version);
		for (const v of [...verdicts, ...tags]) expect(flat).toContain(squash(v));
		expect(flat).toContain(squash('Svarene som er gitt'));
		expect(flat).toContain(squash('Hvor mye betaler du i husleie i måneden?'));
		expect(flat).toContain(squash('9 000 kr per måned'));
		expect(flat).toContain(squash('Dokumenter du bør ta med'));
		expect(text).toContain('☐');
		expect(flat).toContain(squash('ikke et vedtak'));
		expect(flat).toContain(squash('Kontakt'));
		// A resident's print-out: confirmed channels only, no grade codes or third-party material.
		expect(flat).not.toContain(':ikkebekreftet');
		expect(flat).toContain(squash('Telefon: 22 96 16 00'));
		expect(flat).not.toMatch(/sekundærkilde|NAVIGATOR|TORCODE|github/i);
		expect(flat).toContain('3603kr');
		// Sources print their address.
		expect(text).toMatch(/https:\/\/(lovdata|www\.husbanken|www\.nav)/);
		// No navigation or buttons.
		expect(flat).not.toContain(squash('Hopp til hovedinnholdet'));
		expect(flat).not.toContain(squash('Endre svarene'));
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(2);
		test.info().annotations.push({ type: 'pages', description: String(pages) });
	});

	test('the QR option adds a code that reopens the answers', async ({ page }) => {
		await openResults(page);
		await page.getByLabel('Ta med en QR-kode som åpner svarene igjen').check();
		await expect(page.locator('[data-print-summary] svg[data-qr] path')).toHaveAttribute('d', /^M\d/);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary] svg[data-qr]')).toBeVisible();
		const { text } = await printToPdf(page, 'resultat-nb-med-qr');
		expect(squash(text)).toContain(squash('Åpne svarene igjen'));
	});

	test('the results page under print media has no axe violations', async ({ page }) => {
		await openResults(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary]')).toBeVisible();
		await expect(page.locator('.site-header')).toBeHidden();
		await expectNoAxeViolations(page);
	});

	test('the counselor page prints the case with its as-of date', async ({ page }) => {
		await seed(page, singleRenter);
		await page.goto('/nb/veileder/');
		await hydrated(page);
		await page.locator('#per-dato').fill('2026-07-01');
		await page.locator('#per-dato').dispatchEvent('change');
		await expect(page.locator('[data-print-summary]')).toHaveCount(0);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-print-summary] [data-rules-date]')).toHaveAttribute(
			'data-rules-date',
			'2026-07-01'
		);
		const { text, pages } = await printToPdf(page, 'veileder-nb');
		expect(squash(text)).toContain(squash('Regler per: 1. juli 2026'));
		expect(squash(text)).not.toContain(squash('Hva om?'));
		expect(pages).toBeLessThanOrEqual(3);
	});
});
