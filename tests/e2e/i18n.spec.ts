import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { langCodes, languages, type Lang } from '../../src/lib/i18n/languages';
import { gotoHydrated } from './helpers';
import { seed, singleRenter } from './counselor-helpers';
import {
	answerPage,
	expectNoTextKey,
	ordinary,
	questionOnScreen,
	questionType,
	sessionAnswers
} from './walk';

const locales = 'src/lib/i18n/locales';
const messages = (lang: string, ns: string) =>
	JSON.parse(readFileSync(join(locales, lang, `${ns}.json`), 'utf8'));

async function switchLanguage(page: Page, to: Lang) {
	await page.locator('header nav summary').click();
	await page.locator(`header nav a[hreflang="${to}"]`).click();
	await expect(page.locator(`html[lang="${to}"]`)).toHaveCount(1);
}

test.describe('the language switch', () => {
	test('the language switch keeps the step and every answer', async ({ page }) => {
		await gotoHydrated(page, '/nn/sporsmal/');
		const asked: string[] = [];
		const leads: string[] = [];
		for (let i = 0; i < 2; i++) {
			leads.push((await questionOnScreen(page))!);
			asked.push(...(await answerPage(page, ordinary)));
		}
		const step = (await questionOnScreen(page))!;
		const before = await sessionAnswers(page);
		expect(Object.keys(before).sort()).toEqual([...asked].sort());
		for (const to of ['en', 'ar', 'uk', 'pl'] as const) {
			await switchLanguage(page, to);
			await expect(page).toHaveURL(new RegExp(`/${to}/sporsmal/${step}/$`));
			await expect(page.locator(`form[data-question="${step}"]`)).toHaveCount(1);
			expect(await sessionAnswers(page)).toEqual(before);
		}
		// back, in Polish, to the previous page: its answers are still filled in
		await page.getByRole('link', { name: messages('pl', 'wizard').back }).click();
		const previous = leads.at(-1)!;
		await expect(page).toHaveURL(new RegExp(`/pl/sporsmal/${previous}/$`));
		const form = page.locator(`form[data-question="${previous}"]`);
		for (const id of asked.slice(asked.indexOf(previous))) {
			const input = form.locator(`input[name="${id}"]`);
			if (['yesno', 'choice'].includes(questionType(id)))
				await expect(input.and(page.locator(`[value="${String(ordinary[id])}"]`))).toBeChecked();
			else await expect(input.first()).not.toHaveValue('');
		}
	});
});

test.describe('right-to-left layout', () => {
	test('ar mirrors the header, flips direction icons and keeps the notice in Arabic and Norwegian', async ({
		page
	}) => {
		const boxes = async (lang: string) => {
			await page.goto(`/${lang}/`); // the start page ships no JavaScript
			const brand = await page.locator('.site-header__brand').boundingBox();
			const nav = await page.locator('header nav').boundingBox();
			return { brand: brand!, nav: nav! };
		};
		const ltr = await boxes('nb');
		expect(ltr.brand.x).toBeLessThan(ltr.nav.x);
		await expect(page.locator('[data-language-notice]')).toHaveCount(0);

		const rtl = await boxes('ar');
		await expect(page.locator('html[lang="ar"][dir="rtl"]')).toHaveCount(1);
		expect(rtl.brand.x).toBeGreaterThan(rtl.nav.x);
		const transform = await page
			.locator('main .flip-rtl')
			.first()
			.evaluate((el) => getComputedStyle(el).transform);
		expect(transform).toMatch(/^matrix\(-1, 0, 0, 1,/);

		const notice = page.locator('[data-language-notice="ar"]');
		await expect(notice).toContainText(messages('ar', 'common').language.notice.body);
		await expect(notice.locator('[lang="nb"]')).toContainText('Det er den norske teksten som gjelder.');
		await expect(notice.getByRole('link')).toHaveAttribute('href', /\/nb\/$/);
	});
});

test.describe('print-out in Arabic and Ukrainian', () => {
	for (const lang of ['ar', 'uk'] as const) {
		test(`${lang}: the PDF holds the translated heading and the Norwegian scheme names`, async ({ page }) => {
			await seed(page, singleRenter);
			await gotoHydrated(page, `/${lang}/resultat/`);
			await expect(page.locator('main [data-scheme][data-outcome]').first()).toBeVisible();
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
			mkdirSync('test-results/i18n', { recursive: true });
			const file = `test-results/i18n/resultat-${lang}.pdf`;
			writeFileSync(file, pdf);
			const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
			// pdftotext may return Arabic in presentation forms; NFKC folds them back
			const flat = (s: string) =>
				s.normalize('NFKC').replace(/[\s\u00a0\u202f\u200e\u200f\u2066-\u2069]+/g, '');
			const heading = (messages(lang, 'counselor').print.title as string).replace(
				'{{kommune}}',
				'Aurskog-Høland'
			);
			const words = heading.split(/[\s:]+/).filter((w) => w.length > 3 && !w.includes('{'));
			for (const w of words) expect(flat(text), `${lang} PDF has «${w}»`).toContain(flat(w));
			expect(text).toContain('bostøtte');
		});
	}
});

test.describe('the built site', () => {
	const build = 'build';
	const htmlFiles = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) return name === '_app' ? [] : htmlFiles(p);
			return name.endsWith('.html') ? [p] : [];
		});

	test('every language has its prerendered pages with <html lang dir> and hreflang alternates', () => {
		expect(existsSync(build), 'run vite build first').toBe(true);
		for (const { code, dir } of languages) {
			for (const page of ['', 'sporsmal/boform/', 'resultat/', 'svar/', 'ordninger/']) {
				const file = join(build, code, page, 'index.html');
				expect(existsSync(file), file).toBe(true);
				const html = readFileSync(file, 'utf8');
				expect(html, file).toContain(`<html lang="${code}" dir="${dir}"`);
				for (const other of langCodes) expect(html, file).toContain(`hreflang="${other}"`);
			}
		}
	});

	test('no page shows a raw translation key', () => {
		const rawKey =
			/>[^<]*\b((?:common|pages|wizard|results|questions|schemes|language|counselor)\.[a-z][\w-]*\.[\w.-]+)[^<]*</;
		const attrKey =
			/(?:aria-label|title|content|alt|placeholder)="((?:common|pages|wizard|results|questions|schemes|language|counselor)\.[\w.-]+)"/;
		const found: string[] = [];
		for (const file of htmlFiles(build)) {
			const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
			const m = rawKey.exec(html) ?? attrKey.exec(html);
			if (m) found.push(`${file}: ${m[1]}`);
		}
		expect(found).toEqual([]);
	});
});

// Each household's walk (tests/e2e/walk.ts), in every language, checks its question pages, check page and results:
// no text key, no i18n fault, none of another language's texts loaded. The counselor page is checked here.
test.describe('the counselor page rendered in the browser', () => {
	for (const lang of langCodes) {
		test(`${lang}: the counselor page shows no text key and logs no i18n fault`, async ({ page }) => {
			// a missing key (src/lib/i18n/index.ts logs it)
			const faults: string[] = [];
			page.on('console', (msg) => {
				if (msg.text().includes('[i18n]')) faults.push(msg.text());
			});
			await seed(page, singleRenter);
			await gotoHydrated(page, `/${lang}/veileder/`);
			await page.waitForLoadState('networkidle');
			await expectNoTextKey(page);
			expect(faults).toEqual([]);
		});
	}
});
