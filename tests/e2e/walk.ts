// The one way the end-to-end tests answer the wizard: a page at a time (`answerPage`), or a household of
// tests/households/ from the start page to the result (`walk`, run by journeys.spec.ts and `npm run journeys`).
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { answersAsked, evaluate, type Answers, type AnswerValue } from '../../src/lib/rules';
import type { CaseFile } from '../../src/lib/rules/schema';
import { langCodes, languageMeta, type Lang } from '../../src/lib/i18n/languages';
import { loadRuleSet } from '../../src/tooling/rules/node';
import { todayInNorway } from '../../src/lib/results/date';
import { expectNoAxeViolations, hydrated, openFolds } from './helpers';

/** A household: a rule case (answers, date, expected outcomes and amounts, source) whose answers are complete. */
export type Household = CaseFile;

const dir = 'tests/households';

export function households(): Household[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Household);
}

export const household = (id: string): Household =>
	JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Household;

/**
 * What an ordinary household answers to a question nobody in the story cares about: the single renter of
 * tests/households/enslig-leier.json, not sure what they need (every scheme is checked, so every page can come).
 */
export const ordinary: Answers = { ...household('enslig-leier').answers, behov: ['usikker'] };

type QuestionType = 'yesno' | 'choice' | 'multi' | 'integer' | 'amount' | 'date';
const catalogue = JSON.parse(readFileSync('rules/questions.json', 'utf8')) as {
	questions: { id: string; type: QuestionType }[];
};
const typeOf = new Map(catalogue.questions.map((q) => [q.id, q.type]));
export const questionType = (id: string): QuestionType => {
	const type = typeOf.get(id);
	if (!type) throw new Error(`no question ${id} in rules/questions.json`);
	return type;
};

/** Kroner the way people type them: `9 000`, sometimes `kr 15 000` or `15.000`. */
export function typedAmount(value: number, style = 0): string {
	const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
	return [grouped, `kr ${grouped}`, String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'), `${grouped} kr`][
		style % 4
	]!;
}

/** The question page on screen: its question id (the one the address names), its fields' ids and its step. */
interface Screen {
	id: string;
	fields: string[];
	/** «Steg 3 av 5 – …»: the 3 (null with no step shown). */
	step: number | null;
	/** It has a «none of these» box (a checklist page). */
	none: boolean;
}

/**
 * The question page on screen, read in one round trip once the address bar names it too (the next question is drawn
 * first and its history entry made just after) and its step, if it has one, is written; undefined on the check page.
 */
async function screen(page: Page): Promise<Screen | undefined> {
	const found = page.waitForFunction(
		() => {
			if (/\/svar\/$/.test(location.pathname)) return 'svar';
			const form = document.querySelector<HTMLFormElement>('form[data-question]');
			const id = form?.dataset.question;
			if (!id || !location.pathname.endsWith(`/sporsmal/${id}/`)) return false;
			const progress = document.querySelector('.progress');
			const step = progress?.textContent?.match(/(\d+)\D+\d+/);
			if (progress && !step) return false;
			const names = [...document.querySelectorAll<HTMLInputElement>('main form input[name]')]
				.filter((i) => !i.hasAttribute('data-none') && !i.name.endsWith('_periode'))
				.map((i) => i.name);
			return {
				id,
				fields: [...new Set(names)],
				step: step ? Number(step[1]) : null,
				none: !!form!.querySelector('input[data-none]')
			};
		},
		undefined,
		// a page that is neither fails here, not at the test's time-out minutes later
		{ timeout: 15_000 }
	);
	const shown = await (
		await found.catch(() => {
			throw new Error(`neither a question page nor the check page on screen: ${page.url()}`);
		})
	).jsonValue();
	return shown === 'svar' ? undefined : (shown as Screen);
}

/**
 * The id of the question on screen, once the address bar names it too (the next question is drawn first and its
 * history entry made just after); undefined on the check page.
 */
export async function questionOnScreen(page: Page): Promise<string | undefined> {
	return (await screen(page))?.id;
}

/** Waits until the question with this id is the page on screen. */
export async function expectQuestion(page: Page, id: string): Promise<void> {
	try {
		// polled at each frame, as answerPage waits
		await page.waitForFunction(
			(id) =>
				location.pathname.endsWith(`/sporsmal/${id}/`) &&
				!!document.querySelector(`form[data-question="${id}"]`),
			id,
			{ timeout: 10_000 }
		);
	} catch {
		throw new Error(`expected the question ${id} on screen, not ${page.url()}`);
	}
}

/** The question ids of the fields on the page on screen (in order), once the address bar names the page. */
export async function fieldsOnScreen(page: Page): Promise<string[] | undefined> {
	return (await screen(page))?.fields;
}

export async function sessionAnswers(page: Page): Promise<Answers> {
	return page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar') ?? '{}').answers ?? {});
}

/**
 * Fills in every field of the page on screen from `answers` and presses the page's primary action, through the
 * outside contract only: fields named by question id, option values as values, checklist boxes valued with the rare
 * answer and a `data-none` box for «none of these». Amounts are typed in `style` (see typedAmount), or as bare
 * digits when style is null. A field `answers` has no answer to fails, naming the question. Returns the page's ids.
 */
export async function answerPage(
	page: Page,
	answers: Answers,
	style: number | null = 0,
	shown?: Screen
): Promise<string[]> {
	const { id: lead, fields: ids, none } = shown ?? (await screen(page))!;
	const form = page.locator('main form');
	const valueOf = (id: string): AnswerValue => {
		if (!Object.hasOwn(answers, id)) throw new Error(`no answer to «${id}», which the page asks`);
		return answers[id]!;
	};
	if (none) {
		let any = false;
		for (const id of ids) {
			const box = form.locator(`input[name="${id}"]`);
			const tick = String(valueOf(id)) === (await box.getAttribute('value'));
			await box.setChecked(tick);
			any ||= tick;
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
					await form
						.locator(`input[name="${id}"]`)
						.fill(style === null ? String(value) : typedAmount(Number(value), style + i));
					break;
				default:
					await form.locator(`input[name="${id}"]`).fill(String(value));
			}
		}
	await form.locator('button[type="submit"][data-variant="primary"]').click();
	try {
		// polled at each frame: expect's back-off waits up to half a second past the moment the page goes
		await page.waitForFunction(
			(lead) => !document.querySelector(`main form[data-question="${lead}"]`),
			lead,
			{ timeout: 10_000 }
		);
	} catch {
		const problems = await page.locator('main').getByRole('alert').allTextContents();
		throw new Error(`stayed on ${lead}: ${problems.join(' | ') || 'no message'}`);
	}
	return ids;
}

/** Answers the question `id` with `value` and every other field of the page as the ordinary household does. */
export async function answer(page: Page, id: string, value: AnswerValue, style = 0): Promise<string[]> {
	await expect(page.locator(`main form input[name="${id}"]`).first()).toBeAttached();
	return answerPage(page, { ...ordinary, [id]: value }, style);
}

/**
 * Answers page after page until the check page (the ordinary household's answer where `answers` has none);
 * returns each page's question ids. Along the way: no question is asked twice and the step never goes back.
 */
export async function answerAllPages(
	page: Page,
	answers: Answers,
	opts: { style?: 'typed' | 'digits'; onPage?: () => Promise<void> } = {}
): Promise<string[][]> {
	const pages: string[][] = [];
	let lastStep = 0;
	for (let shown = await screen(page); shown; shown = await screen(page)) {
		if (pages.length > 20)
			throw new Error(`more than 20 pages: ${pages.map((p) => p.join('+')).join(' | ')}`);
		expect(shown.step, 'the step shown').not.toBeNull();
		expect(shown.step!, 'the step never goes back').toBeGreaterThanOrEqual(lastStep);
		lastStep = shown.step!;
		await opts.onPage?.();
		const ids = await answerPage(page, answers, opts.style === 'digits' ? null : pages.length, shown);
		const asked = pages.flat();
		for (const id of ids)
			expect(asked, `${id} asked twice: ${pages.map((p) => p.join('+')).join(' | ')}`).not.toContain(id);
		pages.push(ids);
	}
	await expect(page).toHaveURL(/\/svar\/$/);
	return pages;
}

/** Answers every page as the ordinary household does, with `answers` where they differ; returns the ids asked. */
export async function answerAll(page: Page, answers: Answers): Promise<string[]> {
	return (await answerAllPages(page, { ...ordinary, ...answers })).flat();
}

const rules = loadRuleSet('rules', { validate: false });

/** The rules' verdict for these answers today in a municipality (the default build's, Aurskog-Høland, unless named). */
export const verdict = (answers: Answers, kommune = '3226') =>
	evaluate(rules, answers, { date: todayInNorway(), kommune }).schemes.filter((s) => !s.excludedByProfile);

/**
 * What a journey through these answers leaves saved today (answersAsked): a test about what comes after the
 * questions starts from it instead of answering page after page.
 */
export const savedAnswers = (answers: Answers, kommune = '3226'): Answers =>
	answersAsked(rules, answers, { date: todayInNorway(), kommune });

export interface SchemeShown {
	scheme: string;
	outcome: string | null;
	excluded: boolean;
	notChecked: boolean;
	amountMonthly: number | null;
	amount: number | null;
}

/** Each scheme as the results page shows it (the first element per scheme is its card; later parts may repeat it). */
export async function readResults(page: Page): Promise<SchemeShown[]> {
	return page.locator('main [data-scheme]').evaluateAll((els) =>
		els.map((el) => {
			const amountEl = el.querySelector('[data-amount-monthly], [data-amount]');
			const num = (v: string | null | undefined) => (v == null || v === '' ? null : Number(v));
			return {
				scheme: el.getAttribute('data-scheme')!,
				outcome: el.getAttribute('data-outcome'),
				excluded: el.hasAttribute('data-excluded'),
				notChecked: el.hasAttribute('data-not-checked'),
				amountMonthly: num(amountEl?.getAttribute('data-amount-monthly')),
				amount: num(amountEl?.getAttribute('data-amount'))
			};
		})
	);
}

/** Where journeys.spec.ts saves each walk for journeys-report.spec.ts (Playwright empties it at each run's start). */
export const JOURNEYS = 'test-results/journeys';

export interface Journey {
	household: string;
	lang: Lang;
	/** Question pages from the start page to the check page (neither counted), with the ids each asked. */
	questionPages: { path: string; fields: string[] }[];
	/** Every page the resident saw from the start page to the result, both counted. */
	pagesInAll: number;
	fields: number;
	results: SchemeShown[];
	/** Height of the results page in CSS pixels at the viewport used. */
	resultsHeight: number;
}

const messages = (lang: string, ns: string) =>
	JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/${ns}.json`, 'utf8'));

/**
 * What this run has already checked: a page is the same for every household that passes it, so it is checked once,
 * not once per household nor once per worker. axe runs on each page type in every language (start, the check page,
 * each household's results with every fold open) and on every question page but the first in the first language that
 * reaches it (the first, with its errors shown, in every language in wizard-journeys.spec.ts); the 320 px checks,
 * which long words can break, run on every question and check page in every language. The workers share a folder of
 * the run (E2E_RUN, set in playwright.config.ts): the first to create a key's file makes the check.
 */
const checkedDir = join('test-results', `checked-${process.env.E2E_RUN ?? process.pid}`);
function firstTime(key: string): boolean {
	mkdirSync(checkedDir, { recursive: true });
	try {
		closeSync(openSync(join(checkedDir, encodeURIComponent(key)), 'wx'));
		return true;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw e;
	}
}

async function checkPage(page: Page, what: 'start' | 'question' | 'first question' | 'check') {
	const path = new URL(page.url()).pathname;
	const axeKey = what === 'question' ? `axe ${path.replace(/^\/[a-z]{2}\//, '/')}` : `axe ${path}`;
	if (what !== 'first question' && firstTime(axeKey)) await expectNoAxeViolations(page);
	if (what === 'start' || !firstTime(`320 ${path}`)) return;
	const viewport = page.viewportSize()!;
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, `sideways scrolling at 320 px on ${path}`).toBeLessThanOrEqual(0);
	const small = await page.evaluate(() =>
		// a radio's or checkbox's label widens its target, so the inputs themselves are measured
		[...document.querySelectorAll('main a, main button, main input, .back-link a')]
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
			.map(({ el }) => el.outerHTML.slice(0, 80))
	);
	expect(small, `targets under 24 px at 320 px on ${path}`).toEqual([]);
	await page.setViewportSize(viewport);
}

/** A sentence that is in exactly one language's texts: the hint of the first question. */
export const textsMarker = (lang: Lang): string => messages(lang, 'questions').boform.hint;

const rawKey = /\b(?:common|pages|wizard|results|questions|schemes|language|counselor)\.[a-z][\w-]*\.[\w.-]+/;

/** No text key on screen instead of its text. */
export async function expectNoTextKey(page: Page): Promise<void> {
	const text = await page.locator('body').innerText();
	expect(text.match(rawKey)?.[0], `a text key on ${new URL(page.url()).pathname}`).toBeUndefined();
}

/**
 * Walks a household from the start page to the result in `lang`, as a resident would, checking on the way what a
 * resident would notice: the page's language and direction, the texts of that language (no i18n fault logged, no
 * text key on the first question page, the check page or the results, no other language's texts loaded on the way
 * in the run's first walk in the language),
 * no question twice, a step that never goes back, typed amounts read right, axe and 320 px (see checkPage), no
 * request to another origin nor one that sends anything; on the result, each scheme's outcome and amount against
 * the rules engine. Returns what was walked.
 */
export async function walk(page: Page, h: Household, lang: Lang = 'nb'): Promise<Journey> {
	const { dir } = languageMeta(lang);
	const wizard = messages(lang, 'wizard');
	const faults: string[] = [];
	page.on('console', (msg) => {
		if (msg.text().includes('[i18n]')) faults.push(msg.text());
	});
	const origins = new Set<string>();
	const sending: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol === 'blob:' || url.protocol === 'data:') return;
		origins.add(url.origin);
		if (r.method() !== 'GET' || r.postData() !== null) sending.push(`${r.method()} ${r.url()}`);
	});
	// the scripts the pages load, to see whose texts they carry: once per language and run, as axe is (every script's
	// body is sent over from the browser to be read)
	const scripts: Promise<string>[] = [];
	const textsChecked = firstTime(`texts ${lang}`);
	if (textsChecked)
		page.on('response', (res) => {
			if (res.url().endsWith('.js')) scripts.push(res.text().catch(() => ''));
		});
	const inLanguage = () => expect(page.locator(`html[lang="${lang}"][dir="${dir}"]`)).toHaveCount(1);

	await page.goto(`/${lang}/`);
	await inLanguage();
	await checkPage(page, 'start');
	await page.locator('main [data-variant="primary"]').first().click();
	expect(await questionOnScreen(page)).toBe('behov');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(wizard.pages.behov);
	await expect(page.locator('main form button[type="submit"]')).toHaveText(wizard.continue);

	const paths: string[] = [];
	const pages = await answerAllPages(page, h.answers, {
		// Norwegian amounts as people type them (`kr 15 000`, `15.000`); bare digits in the other languages
		style: lang === 'nb' || lang === 'nn' ? 'typed' : 'digits',
		onPage: async () => {
			await hydrated(page);
			await inLanguage();
			paths.push(new URL(page.url()).pathname);
			if (paths.length === 1) await expectNoTextKey(page);
			await checkPage(page, paths.length === 1 ? 'first question' : 'question');
		}
	});

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(lang, 'questions').check.title);
	await checkPage(page, 'check');
	await expectNoTextKey(page);
	const asked = pages.flat();
	const stored = await sessionAnswers(page);
	const sorted = (v: AnswerValue | undefined) => (Array.isArray(v) ? [...v].sort() : v);
	for (const id of asked)
		expect(sorted(stored[id]), `${h.id}: the answer to ${id} as stored`).toEqual(sorted(h.answers[id]));

	await page.locator('main [data-variant="primary"]').click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/resultat/$`));
	await inLanguage();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages(lang, 'results').title);
	// 'complete' once every part is mounted; a results page that mounts in one go may say 'ready'
	await expect(page.locator('main[data-results="complete"], main[data-results="ready"]')).toHaveCount(1, {
		timeout: 15_000
	});
	// the results mount their later parts after the first card: wait for every scheme the engine names
	for (const v of verdict(stored))
		await expect(page.locator(`main [data-scheme="${v.scheme}"]`).first(), v.scheme).toBeAttached();
	const results = await readResults(page);
	expectResults(h, results, stored);
	// each scheme the household asked about is named in this language (the Norwegian name may follow)
	const names = messages(lang, 'schemes');
	for (const r of results.filter((r) => r.outcome && !r.notChecked && !r.excluded))
		await expect(page.locator(`main [data-scheme="${r.scheme}"][data-outcome]`).first()).toContainText(
			names[r.scheme].name
		);
	if (dir === 'rtl' && results.some((r) => r.amountMonthly)) {
		// amounts are left-to-right islands inside right-to-left text, in Western digits
		const text = (await page.locator('main [data-amount-monthly]').first().textContent()) ?? '';
		expect(text, 'amount isolated with LRI … PDI').toMatch(/\u2066[^\u2069]*\d[^\u2069]*NOK\u2069/);
		expect(text).not.toMatch(/[\u0660-\u0669]/);
	}
	const resultsHeight = await page.evaluate(() => document.documentElement.scrollHeight);
	// with every fold open, so the reasoning, the steps and the sources are checked too: the folded page is all there,
	// its summaries included (a closed fold's content is hidden, which axe leaves out), so it needs no pass of its own
	await openFolds(page);
	await expectNoAxeViolations(page);
	await expectNoTextKey(page);
	expect(faults, 'i18n faults logged on the way').toEqual([]);
	if (textsChecked) {
		const loaded = (await Promise.all(scripts)).join('\n');
		expect(loaded, `${lang}'s own texts are loaded`).toContain(textsMarker(lang));
		for (const other of langCodes.filter((l) => l !== lang))
			expect(loaded.includes(textsMarker(other)), `${other} texts loaded on the way in ${lang}`).toBe(false);
	}
	expect([...origins], 'the origins requested').toEqual([new URL(page.url()).origin]);
	expect(sending, 'requests that send something').toEqual([]);

	return {
		household: h.id,
		lang,
		questionPages: pages.map((fields, i) => ({ path: paths[i]!, fields })),
		pagesInAll: 1 + pages.length + 1 + 1,
		fields: asked.length,
		results,
		resultsHeight
	};
}

/**
 * The results page against the rules: every scheme the household asked about with the outcome and amount the engine
 * gives for the household's full answers, and every scheme shown as the engine has it for the answers stored.
 */
function expectResults(h: Household, results: SchemeShown[], stored: Answers): void {
	// the first element per scheme is the card on screen (a print-out may repeat it)
	const shown = new Map([...results].reverse().map((r) => [r.scheme, r]));
	for (const v of verdict(stored))
		expect(shown.get(v.scheme)?.outcome, `${h.id}: ${v.scheme}`).toBe(v.outcome);
	for (const v of verdict(h.answers).filter((s) => !s.notChecked)) {
		const r = shown.get(v.scheme);
		expect(r?.outcome, `${h.id}: outcome of ${v.scheme}`).toBe(v.outcome);
		const value = v.amount?.value;
		if (value == null) continue;
		if (v.amount!.unit === 'kr/mnd' && v.outcome === 'eligible')
			expect(r!.amountMonthly, `${h.id}: ${v.scheme} kr/mnd`).toBe(value);
		else if (v.amount!.unit === 'kr' && v.outcome !== 'not-eligible')
			// a loan capacity is shown rounded to the nearest 10 000 kr
			expect(Math.abs((r!.amount ?? NaN) - value), `${h.id}: ${v.scheme} kr`).toBeLessThanOrEqual(5_000);
	}
}

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
