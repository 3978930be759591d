import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Answers, AnswerValue } from '../../src/lib/rules';

type QuestionType = 'yesno' | 'choice' | 'multi' | 'integer' | 'amount' | 'date';

export interface Household {
	id: string;
	title: string;
	description: string;
	answers: Answers;
}

export interface PageVisit {
	path: string;
	/** Question ids the page asked, in the order of its fields. */
	fields: string[];
}

export interface SchemeShown {
	scheme: string;
	outcome: string | null;
	excluded: boolean;
	notChecked: boolean;
	amountMonthly: number | null;
	amount: number | null;
}

export interface Journey {
	household: string;
	/** Question pages from the start page to the check page (neither counted). */
	questionPages: PageVisit[];
	/** Every page the resident saw from the start page to the result, both counted. */
	pagesInAll: number;
	fields: number;
	results: SchemeShown[];
	/** Height of the results page in CSS pixels at the viewport used. */
	resultsHeight: number;
}

const dir = 'tests/journeys/households';

export function households(): Household[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Household);
}

const catalogue = JSON.parse(readFileSync('rules/questions.json', 'utf8')) as {
	questions: { id: string; type: QuestionType }[];
};
const typeOf = new Map(catalogue.questions.map((q) => [q.id, q.type]));

/** A question id's answer, or an error naming the household and the question: every field shown must be answerable. */
function answerFor(household: Household, id: string): AnswerValue {
	if (!Object.hasOwn(household.answers, id))
		throw new Error(`household ${household.id} has no answer to «${id}», which the journey asked`);
	return household.answers[id]!;
}

const onResults = (page: Page) => /\/resultat\/$/.test(new URL(page.url()).pathname);
const onCheckPage = (page: Page) => /\/svar\/$/.test(new URL(page.url()).pathname);

/**
 * Fills in every field of the page on screen from the household's answers, relying only on the outside contract:
 * fields named by question id inside `main form`, option values as values, checklist boxes valued with the rare
 * answer and a `data-none` box for «none of these». Returns the question ids the page asked.
 */
async function fillPage(page: Page, household: Household): Promise<string[]> {
	const form = page.locator('main form').filter({ has: page.locator('[data-variant="primary"]') });
	const names = await form.locator('input[name], select[name], textarea[name]').evaluateAll((els) =>
		els
			.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
			.map((el) => ({
				name: (el as HTMLInputElement).name,
				type: (el as HTMLInputElement).type,
				value: (el as HTMLInputElement).value,
				none: el.hasAttribute('data-none')
			}))
	);
	const asked: string[] = [];
	let checklistTicked = 0;
	let noneBox = false;
	for (const field of names) {
		if (field.none) {
			noneBox = true;
			continue;
		}
		const type = typeOf.get(field.name);
		if (!type) continue;
		if (!asked.includes(field.name)) asked.push(field.name);
		const input = form.locator(`[name="${field.name}"][value="${field.value}"]`);
		if (type === 'yesno' && field.type === 'checkbox') {
			// a checklist item: ticked means the rare answer given as its value
			if (String(answerFor(household, field.name)) === field.value) {
				await input.check();
				checklistTicked++;
			}
		} else if (field.type === 'radio') {
			if (String(answerFor(household, field.name)) === field.value) await input.check();
		} else if (field.type === 'checkbox') {
			const value = answerFor(household, field.name);
			if (Array.isArray(value) && value.includes(field.value)) await input.check();
		} else {
			const value = answerFor(household, field.name);
			await form.locator(`[name="${field.name}"]`).fill(String(value));
		}
	}
	if (noneBox && checklistTicked === 0) await form.locator('[data-none]').check();
	return asked;
}

/** Presses the page's primary action and waits until another page is on screen, or fails with what the page says. */
async function advance(page: Page, action: ReturnType<Page['locator']>): Promise<void> {
	const before = new URL(page.url()).pathname;
	await action.click();
	try {
		await page.waitForFunction((p) => location.pathname !== p, before, { timeout: 10_000 });
	} catch {
		const problems = await page.locator('main').getByRole('alert').allTextContents();
		throw new Error(`stayed on ${before}: ${problems.join(' | ') || 'no message'}`);
	}
}

/** Walks the resident's journey from the start page to the result, as a resident would, and reads the result. */
export async function walk(page: Page, household: Household, lang = 'nb'): Promise<Journey> {
	await page.goto(`/${lang}/`);
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
	await advance(page, page.locator('main [data-variant="primary"]').first());
	const questionPages: PageVisit[] = [];
	let checkPages = 0;
	while (!onResults(page)) {
		if (questionPages.length + checkPages > 60) throw new Error(`${household.id}: more than 60 pages`);
		await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
		if (onCheckPage(page)) {
			checkPages++;
			await advance(page, page.locator('main [data-variant="primary"]'));
			continue;
		}
		const path = new URL(page.url()).pathname;
		await expect(page.locator('main form [data-variant="primary"]')).toHaveCount(1);
		const fields = await fillPage(page, household);
		if (fields.length === 0) throw new Error(`${household.id}: ${path} shows no field`);
		questionPages.push({ path, fields });
		await advance(page, page.locator('main form [data-variant="primary"]'));
	}
	// 'complete' once every part is mounted; a results page that mounts in one go may say 'ready'
	await expect(page.locator('main[data-results="complete"], main[data-results="ready"]')).toHaveCount(1, {
		timeout: 15_000
	});
	const results = await readResults(page);
	const resultsHeight = await page.evaluate(() => document.documentElement.scrollHeight);
	return {
		household: household.id,
		questionPages,
		pagesInAll: 1 + questionPages.length + checkPages + 1,
		fields: questionPages.reduce((n, p) => n + p.fields.length, 0),
		results,
		resultsHeight
	};
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

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
