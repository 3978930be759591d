import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Answers, AnswerValue } from '../../src/lib/rules';
import { expectNoAxeViolations } from './helpers';
import { todayInNorway } from '../../src/lib/results/date';

type QuestionType = 'yesno' | 'choice' | 'multi' | 'integer' | 'amount' | 'date';
const catalogue = JSON.parse(readFileSync('rules/questions.json', 'utf8')) as {
	questions: { id: string; type: QuestionType }[];
};
export const questionType = (id: string): QuestionType => {
	const q = catalogue.questions.find((x) => x.id === id);
	if (!q) throw new Error(`no question ${id} in rules/questions.json`);
	return q.type;
};

/**
 * What an ordinary household answers to a question nobody in the story cares about: a single adult, 34,
 * renting a normal flat, no special circumstances. Each household overrides what makes it itself.
 */
export const ordinary: Answers = {
	// "not sure, check everything": every scheme is checked, as before the needs question
	behov: ['usikker'],
	boform: 'leier',
	antall_voksne: 1,
	antall_barn: 0,
	alder: 34,
	egne_barn_i_boligen: false,
	har_fodselsnummer: true,
	registrert_pa_adressen: true,
	andre_voksne_registrert: false,
	ansvar_boutgifter: true,
	student_i_husstanden: false,
	hvem_studerer: 'meg_selv',
	student_unntak: ['ingen'],
	forstegangstjeneste: false,
	bor_pa_institusjon: false,
	boligtype: 'leilighet_hus',
	bolig_har: ['godkjent_helars', 'egen_inngang', 'bad_wc', 'kjokken', 'hvileplass'],
	bokollektiv_helse_sosial: false,
	bokollektiv_godkjent: false,
	husleie_maned: 9000,
	felleskostnader_maned: 0,
	lanekostnader_maned: 0,
	kommunale_avgifter_maned: 0,
	eiendomsskatt_maned: 0,
	festeavgift_maned: 0,
	oppvarming_inkludert: false,
	pensjonist_i_husstanden: false,
	tilpasset_bolig: false,
	inntekt_maned: 15000,
	inntekt_18_19_maned: 0,
	kapitalinntekt_maned: 0,
	formue: 0,
	formuesverdi_bolig: 0,
	ung_ufor: false,
	enslig_alderspensjonist: false,
	startlan_formal: 'ikke_aktuelt',
	bank_svar: 'ikke_spurt',
	lovlig_opphold: true,
	langvarig_finansieringsproblem: false,
	har_spart: false,
	trenger_stabil_bolig_raskt: false,
	helse_sosiale_utfordringer: false,
	risiko_miste_bolig: false,
	arbeid_i_kommunen: false,
	netto_inntekt_maned: 13000,
	levekostnader_maned: 8000,
	faste_utgifter_maned: 1000,
	bokostnader_ny_bolig_maned: 9000,
	antall_barn_0_5: 0,
	antall_barn_6_10: 0,
	varig_lav_inntekt: false,
	lanebehov: 0,
	tilknytning_kommunen: true,
	behov_tilpasning: false,
	ar_bosatt_i_kommunen: 5,
	provd_leiemarkedet: false,
	behov_kommunal_bolig: ['ingen'],
	klarer_boutgiftene: true,
	skal_leie_ny_bolig: false,
	har_penger_til_depositum: true,
	vansker_med_bolig: false,
	bostotte_kommunegruppe: '4'
};

/** Kroner the way people type them: `9 000`, sometimes `kr 15 000` or `15.000`. */
export function typedAmount(value: number, style = 0): string {
	const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
	return [grouped, `kr ${grouped}`, String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), `${grouped} kr`][
		style % 4
	]!;
}

/**
 * Answers the page on screen: the question `id` with `value`, every other field on the page with the ordinary
 * household's answer, and presses «Fortsett». Returns the page's question ids.
 */
export async function answer(page: Page, id: string, value: AnswerValue, style = 0): Promise<string[]> {
	await expect(page.locator(`main form input[name="${id}"]`).first()).toBeAttached();
	return answerPage(page, { [id]: value }, style);
}

/**
 * The id of the question on screen, once the address bar names it too (the next question is drawn first and its
 * history entry made just after); undefined on the check page.
 */
export async function questionOnScreen(page: Page): Promise<string | undefined> {
	const id = await (
		await page.waitForFunction(() => {
			if (/\/svar\/$/.test(location.pathname)) return 'svar';
			const shown = document.querySelector<HTMLFormElement>('form[data-question]')?.dataset.question;
			return shown && location.pathname.endsWith(`/sporsmal/${shown}/`) ? shown : false;
		})
	).jsonValue();
	return id === 'svar' ? undefined : (id as string);
}

/** Waits until the question with this id is the page on screen. */
export async function expectQuestion(page: Page, id: string): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`/sporsmal/${id}/$`));
	await expect(page.locator(`form[data-question="${id}"]`)).toHaveCount(1);
}

/** Answers every page the wizard shows, until the check page; returns the question ids in the order asked. */
export async function answerAll(
	page: Page,
	household: Answers,
	opts: { axe?: boolean } = {}
): Promise<string[]> {
	return (await answerAllPages(page, household, opts)).flat();
}

export async function sessionAnswers(page: Page): Promise<Answers> {
	return page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar') ?? '{}').answers ?? {});
}

/** What the rules CLI says for these answers today in Aurskog-Høland: the results page must show the same. */
export function expectedOutcomes(answers: Answers): Record<string, string> {
	const file = join(mkdtempSync(join(tmpdir(), 'boligsjekk-')), 'svar.json');
	writeFileSync(file, JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers }));
	const out = execFileSync(
		'node_modules/.bin/tsx',
		['src/tooling/rules/cli.ts', 'eval', file, '--date', todayInNorway(), '--kommune', '3226'],
		{
			encoding: 'utf8'
		}
	);
	const result = JSON.parse(out) as {
		schemes: { scheme: string; outcome: string; excludedByProfile?: true }[];
	};
	return Object.fromEntries(
		result.schemes.filter((s) => !s.excludedByProfile).map((s) => [s.scheme, s.outcome])
	);
}

/** The question ids of the fields on the page on screen (in order), once the address bar names the page. */
export async function fieldsOnScreen(page: Page): Promise<string[] | undefined> {
	const lead = await questionOnScreen(page);
	if (!lead) return undefined;
	return page.evaluate(() => {
		const names = [...document.querySelectorAll<HTMLInputElement>('main form input[name]')]
			.filter((i) => !i.hasAttribute('data-none') && !i.name.endsWith('_periode'))
			.map((i) => i.name);
		return [...new Set(names)];
	});
}

/**
 * Fills in every field of the page on screen from the household's answers and presses «Fortsett»: radios and
 * checkboxes by value, text by typing; on the checklist the rare cases the household has, else «Ingen av disse».
 * Returns the page's question ids.
 */
export async function answerPage(page: Page, household: Answers, style = 0): Promise<string[]> {
	const ids = (await fieldsOnScreen(page))!;
	const lead = (await questionOnScreen(page))!;
	const form = page.locator('main form');
	const valueOf = (id: string) => {
		const v = Object.hasOwn(household, id) ? household[id] : ordinary[id];
		if (v === undefined) throw new Error(`the household has no answer to ${id}`);
		return v;
	};
	if ((await form.locator('input[data-none]').count()) > 0) {
		let any = false;
		for (const id of ids) {
			const box = form.locator(`input[name="${id}"]`);
			if (String(valueOf(id)) === (await box.getAttribute('value'))) {
				await box.check();
				any = true;
			} else await box.uncheck();
		}
		if (!any) await form.locator('input[data-none]').check();
	} else
		for (const [i, id] of ids.entries()) {
			const value = valueOf(id);
			switch (questionType(id)) {
				case 'yesno':
				case 'choice':
					await form.locator(`input[name="${id}"][value="${String(value)}"]`).check();
					break;
				case 'multi':
					for (const box of await form.locator(`input[name="${id}"]`).all())
						await box.setChecked((value as string[]).includes((await box.getAttribute('value'))!));
					break;
				case 'amount':
					await form.locator(`input[name="${id}"]`).fill(typedAmount(Number(value), style + i));
					break;
				default:
					await form.locator(`input[name="${id}"]`).fill(String(value));
			}
		}
	await form.locator('button[type="submit"][data-variant="primary"]').click();
	await expect(page.locator(`main form[data-question="${lead}"]`)).toHaveCount(0);
	return ids;
}

/** Answers page after page until the check page; returns each page's question ids. */
export async function answerAllPages(
	page: Page,
	household: Answers,
	opts: { axe?: boolean } = {}
): Promise<string[][]> {
	const pages: string[][] = [];
	let lastStep = 0;
	while (await questionOnScreen(page)) {
		if (pages.length > 20)
			throw new Error(`more than 20 pages: ${pages.map((p) => p.join('+')).join(' | ')}`);
		await expect(page.locator('.progress')).toHaveText(/\d+\D+\d+/);
		const step = Number(((await page.locator('.progress').textContent()) ?? '').match(/\d+/)![0]);
		expect(step, 'the step never goes back').toBeGreaterThanOrEqual(lastStep);
		lastStep = step;
		if (opts.axe) await expectNoAxeViolations(page);
		const ids = await answerPage(page, household, pages.length);
		for (const id of ids)
			expect(pages.flat(), `${id} asked twice: ${pages.map((p) => p.join('+')).join(' | ')}`).not.toContain(
				id
			);
		pages.push(ids);
	}
	await expect(page).toHaveURL(/\/svar\/$/);
	return pages;
}
