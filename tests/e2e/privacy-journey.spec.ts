import { expect, test, type Request } from '@playwright/test';
import { hydrated } from './helpers';
import { writeSession } from './counselor-helpers';
import { answerAllPages, ordinary, savedAnswers, sessionAnswers } from './walk';

// the service worker at work (playwright.config.ts blocks it elsewhere)
test.use({ serviceWorkers: 'allow' });

/**
 * Distinctive values, so any leak into a path or query string is easy to spot. (Question ids may appear in paths:
 * the question pages are /nb/sporsmal/<id>/; the answers may not.)
 */
const values = { husleie_maned: 9137, inntekt_maned: 15263, alder: 47 };
const distinctive = { ...ordinary, ...values };
const leaks = ['9137', '9321', '15263', '15999', 'svar=', 'boligsjekk-svar', 'leier', 'leilighet_hus'];

test('a whole journey, print-out and counselor session: every request same-origin, none carrying an answer, no CSP violation', async ({
	context,
	baseURL
}) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const requests: { url: string; method: string; body: string | null }[] = [];
	context.on('request', (r: Request) =>
		requests.push({ url: r.url(), method: r.method(), body: r.postData() })
	);
	const consoleCsp: string[] = [];
	await context.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
	const page = await context.newPage();
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
	});
	const csp = async () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
	const visit = async (path: string) => {
		await page.goto(path);
		await hydrated(page);
		expect(await csp(), `CSP violations on ${path}`).toEqual([]);
	};

	// The resident's journey: from the start page to its last question page (the pages before it are each
	// household's walk, which checks that every request stays on the site and sends nothing), typed there, then the
	// check page and the results.
	await visit('/nb/');
	const { inntekt_maned: _typedOnTheLastPage, ...before } = savedAnswers(distinctive);
	await writeSession(page, before, { rulesVersion: 'x', savedAt: '' });
	await visit('/nb/sporsmal/');
	await expect(page.locator('main form input[name="inntekt_maned"]')).toBeVisible();
	await answerAllPages(page, distinctive);
	expect(await sessionAnswers(page)).toMatchObject({ husleie_maned: 9137, inntekt_maned: 15263 });
	expect(await csp()).toEqual([]);
	await visit('/nb/resultat/');
	await expect(page.locator('[data-scheme="bostotte"]').first()).toBeVisible();

	// Print-out with the QR code.
	await page.getByLabel('Ta med en QR-kode som åpner svarene igjen').check();
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ format: 'A4' });
	await page.emulateMedia({ media: 'screen' });
	expect(await csp()).toEqual([]);

	// Counselor session: change a value, a date, a what-if, export, a share link.
	await visit('/nb/veileder/');
	await page.locator('#q-husleie_maned').fill('9 321');
	await page.locator('#q-husleie_maned').press('Enter');
	await page.locator('#per-dato').fill('2026-07-01');
	await page.locator('#per-dato').dispatchEvent('change');
	await page.locator('[data-duplicate]').click();
	await page.locator('#q-inntekt_maned').fill('15 999');
	await page.locator('#q-inntekt_maned').press('Enter');
	await expect(page.locator('[data-compare-row="bostotte"]')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export]').click()
	]);
	expect(download.suggestedFilename()).toMatch(/^boligsjekk-svar-/);
	await page.locator('[data-make-link]').click();
	const link = await page.locator('[data-share-link]').inputValue();
	expect(await csp()).toEqual([]);

	// The link opened elsewhere.
	const other = await context.newPage();
	await other.goto(link);
	await hydrated(other);
	await expect(other.locator('[data-scheme="bostotte"]').first()).toBeVisible();
	expect(await other.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);

	// End the session.
	await page.getByRole('button', { name: 'Avslutt og slett' }).click();
	expect(
		await page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar') ?? '{}').answers ?? {})
	).toEqual({});

	expect(requests.length).toBeGreaterThan(5);
	// one expect over all requests (some 1 400): an expect per request and leak took two minutes in its bookkeeping
	const offending = requests.flatMap((r) => {
		const u = new URL(r.url);
		if (u.protocol === 'blob:' || u.protocol === 'data:') return [];
		const visible = decodeURIComponent(u.pathname + u.search).toLowerCase();
		const problems = [
			u.origin !== origin && 'to another origin',
			r.method !== 'GET' && r.method,
			r.body !== null && 'with a body',
			...leaks.filter((leak) => visible.includes(leak)).map((leak) => `carrying «${leak}»`)
		].filter(Boolean);
		return problems.length ? [`${r.url}: ${problems.join(', ')}`] : [];
	});
	expect(offending, 'requests off the site, sending something or carrying an answer').toEqual([]);
	expect(consoleCsp).toEqual([]);
});
