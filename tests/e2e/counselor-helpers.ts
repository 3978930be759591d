import { expect, type Page } from '@playwright/test';

/** A single adult renting in Aurskog-Høland: rent 9 000 and income 15 000 a month (TC-B1: 3 603 kr/mnd in 2026). */
export const singleRenter = {
	boform: 'leier',
	antall_voksne: 1,
	antall_barn: 0,
	alder: 34,
	husleie_maned: 9000,
	inntekt_maned: 15000,
	har_fodselsnummer: true,
	registrert_pa_adressen: true,
	ansvar_boutgifter: true,
	student_i_husstanden: false,
	forstegangstjeneste: false,
	bor_pa_institusjon: false,
	boligtype: 'leilighet_hus',
	bolig_har: ['godkjent_helars', 'egen_inngang', 'bad_wc', 'kjokken', 'hvileplass'],
	oppvarming_inkludert: true,
	tilpasset_bolig: false,
	kapitalinntekt_maned: 0,
	formue: 0,
	ung_ufor: false,
	enslig_alderspensjonist: false
};

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
	await page.goto(path);
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
	await expect(page.locator('[data-group="husstand"]')).toBeVisible();
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
