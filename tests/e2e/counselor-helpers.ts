import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { gotoHydrated } from './helpers';

/** A single adult renting in Aurskog-Høland: rent 9 000 and income 15 000 a month — the rule case TC-B1 (3 603 kr/mnd). */
export const singleRenter: Record<string, unknown> = JSON.parse(
	readFileSync('tests/cases/bostotte/TC-B1.json', 'utf8')
).answers;

/** A session in the storage.ts format (sessionStorage['boligsjekk:svar']). */
export function session(answers: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return {
		format: 'boligsjekk-svar',
		formatVersion: 1,
		rulesVersion: 'e2e',
		kommune: '3226',
		answers,
		raw: {},
		periods: {},
		savedAt: '2026-11-26T10:00:00.000Z',
		...extra
	};
}

/** Writes the tab's session now, as another page of Boligsjekk would. */
export async function writeSession(
	page: Page,
	answers: Record<string, unknown>,
	extra: Record<string, unknown> = {}
) {
	await page.evaluate(
		(text) => sessionStorage.setItem('boligsjekk:svar', text),
		JSON.stringify(session(answers, extra))
	);
}

/** Seeds the tab's session once (a reload keeps what the page saved since). */
export async function seed(
	page: Page,
	answers: Record<string, unknown>,
	extra: Record<string, unknown> = {}
) {
	await page.addInitScript(
		(text) => {
			if (!sessionStorage.getItem('boligsjekk:e2e-seeded')) {
				sessionStorage.setItem('boligsjekk:svar', text);
				sessionStorage.setItem('boligsjekk:e2e-seeded', '1');
			}
		},
		JSON.stringify(session(answers, extra))
	);
}

export async function storedAnswers(page: Page): Promise<Record<string, unknown> | null> {
	return page.evaluate(() => {
		const s = sessionStorage.getItem('boligsjekk:svar');
		return s ? (JSON.parse(s).answers as Record<string, unknown>) : null;
	});
}

/** The counselor page, hydrated, with its form rendered. */
export async function openCounselor(page: Page, path = '/nb/veileder/') {
	await gotoHydrated(page, path);
	await expect(page.locator('[data-group="husstand"]')).toBeVisible();
}

/** The counselor page on a tab whose session holds these answers (see seed). */
export async function openCounselorWith(
	page: Page,
	answers: Record<string, unknown>,
	extra: Record<string, unknown> = {},
	path = '/nb/veileder/'
) {
	await seed(page, answers, extra);
	await openCounselor(page, path);
}

/** Collects CSP violations (event listener installed before any page script). */
export async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { __csp: string[] }).__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
}

export async function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}
