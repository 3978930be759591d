import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { langCodes } from '../../src/lib/i18n/languages';
import { expectNoAxeViolations, gotoHydrated, hydrated, subpathOrigin } from './helpers';
import {
	answer,
	expectQuestion,
	fieldsOnScreen,
	ordinary,
	questionOnScreen,
	questionType,
	savedAnswers,
	sessionAnswers
} from './walk';
import { seed, writeSession } from './counselor-helpers';

async function start(page: Page) {
	await gotoHydrated(page, '/nb/sporsmal/');
	return questionOnScreen(page);
}

/** Answers the ordinary household's first `n` questions; returns their ids. */
async function answerFirst(page: Page, n: number): Promise<string[]> {
	const asked: string[] = [];
	for (let i = 0; i < n; i++) {
		const id = (await questionOnScreen(page))!;
		await answer(page, id, ordinary[id]!, i);
		asked.push(id);
	}
	// the pages' first questions, which name them
	return asked;
}

test('the first page asks what they need and how they live: heading, fields with hints and why, progress, hooks', async ({
	page
}) => {
	expect(await start(page)).toBe('behov');
	const heading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	expect(heading).toBe('Hva trenger du, og hvordan bor du?');
	await expect(page).toHaveTitle(`${heading} – Boligsjekk`);
	const form = page.locator('main form[data-question="behov"]');
	await expect(form.locator('h1')).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(form.locator('fieldset legend')).toHaveText(['Hva trenger du hjelp til?', 'Hvordan bor du?']);
	await expect(form.locator('input[type="checkbox"][name="behov"]')).toHaveCount(6);
	await expect(form.locator('input[type="radio"][name="boform"]')).toHaveCount(5);
	await expect(form.locator('button[type="submit"][data-variant="primary"]')).toHaveCount(1);
	await expect(page.locator('.progress')).toHaveText('Steg 1 av 5 – Hva du trenger');
	await expect(form.locator('details summary')).toHaveText([
		'Hvorfor spør vi om dette?',
		'Hvorfor spør vi om dette?'
	]);
	// both fields missing: one error-summary link for each, naming the field, each leading to its field
	await form.locator('button[type="submit"]').click();
	const links = page.locator('.ds-error-summary a');
	await expect(links).toHaveText([
		'Hva trenger du hjelp til?: Velg minst ett av alternativene',
		'Hvordan bor du?: Velg ett av alternativene'
	]);
	await links.nth(1).click();
	await expect(page.locator('#boform-0')).toBeFocused();
	await expect(page).toHaveTitle(`Feil: ${heading} – Boligsjekk`);
	// the back link comes before <main>
	const backBeforeMain = await page.evaluate(() => {
		const back = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Tilbake');
		const main = document.querySelector('main');
		return (
			!!back &&
			!!main &&
			!main.contains(back) &&
			!!(back.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING)
		);
	});
	expect(backBeforeMain).toBe(true);
	await expect(page.getByRole('button', { name: 'Avslutt og slett svarene' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('back: the browser’s buttons move between question pages, and the back link goes to the previous question with the answer kept, then to the start page', async ({
	page
}) => {
	await start(page);
	const [first, second, third] = await answerFirst(page, 3);
	const fourth = await questionOnScreen(page);
	await page.goBack();
	await expectQuestion(page, third!);
	await page.goBack();
	await expectQuestion(page, second!);
	await page.goForward();
	await expectQuestion(page, third!);
	await page.goForward();
	await expectQuestion(page, fourth!);
	await page.getByRole('link', { name: 'Tilbake' }).click();
	await expectQuestion(page, third!);
	expect((await sessionTrail(page)).at(-1)).toBe(third);
	await page.getByRole('link', { name: 'Tilbake' }).click();
	await expectQuestion(page, second!);
	const field = page.locator(`input[name="${second}"]`);
	if (['yesno', 'choice'].includes(questionType(second!)))
		await expect(field.and(page.locator(`[value="${String(ordinary[second!])}"]`))).toBeChecked();
	else await expect(field).toHaveValue(String(ordinary[second!]));
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.getByRole('link', { name: 'Tilbake' }).click();
	await expectQuestion(page, first!);
	await expect(page.locator('input[name="boform"][value="leier"]')).toBeChecked();
	await page.getByRole('link', { name: 'Tilbake' }).click();
	await expect(page).toHaveURL(/\/nb\/$/);
	// the browser's own back button returns to the question
	await page.goBack();
	await expectQuestion(page, first!);
});

async function sessionTrail(page: Page): Promise<string[]> {
	return page.evaluate(() => JSON.parse(sessionStorage.getItem('boligsjekk:svar') ?? '{}').trail ?? []);
}

test('reload-resume journey: a reload lands on the same question, and /sporsmal/ resumes there', async ({
	page
}) => {
	// from the answers an ordinary journey leaves saved before the income's page (its pages are the household walks')
	const saved = Object.entries(savedAnswers({ ...ordinary, behov: ['boutgifter'] }));
	await seed(
		page,
		Object.fromEntries(
			saved.slice(
				0,
				saved.findIndex(([id]) => id === 'inntekt_maned')
			)
		),
		{
			rulesVersion: 'x',
			savedAt: ''
		}
	);
	await gotoHydrated(page, '/nb/sporsmal/');
	const here = await questionOnScreen(page);
	expect(here).toBe('inntekt_maned');
	await page.reload();
	await hydrated(page);
	await expectQuestion(page, here!);
	await expect(page.locator('.progress')).toHaveText(/^Steg [2-5] av 5 – /);
	await gotoHydrated(page, '/nb/sporsmal/');
	await expectQuestion(page, here!);
	// a full page load of an answered question shows the answer (hydration keeps it)
	await gotoHydrated(page, '/nb/sporsmal/boform/');
	await expectQuestion(page, 'boform');
	await expect(page.locator('input[name="boform"][value="leier"]')).toBeChecked();
	await expect(page.locator('input[name="boform"]:checked')).toHaveCount(1);
	await gotoHydrated(page, '/nb/sporsmal/antall_voksne/');
	await expect(page.locator('input[name="antall_voksne"]')).toHaveValue('1');
	// an irrelevant or unknown question in the address goes to where the journey is
	await gotoHydrated(page, '/nb/sporsmal/lanekostnader_maned/');
	await expectQuestion(page, here!);
	// the check page is not reachable with open questions
	await gotoHydrated(page, '/nb/svar/');
	await expectQuestion(page, here!);
});

test('amount error journey: summary focused and linked, message at the field, typed value kept', async ({
	page
}) => {
	// the rent's page from the answers an ordinary journey leaves saved before it (the pages before it are walked by
	// each household's walk)
	const saved = Object.entries(savedAnswers({ ...ordinary, behov: ['boutgifter'] }));
	const rentAt = saved.findIndex(([id]) => id === 'husleie_maned');
	await seed(page, Object.fromEntries(saved.slice(0, rentAt)), { rulesVersion: 'x', savedAt: '' });
	await gotoHydrated(page, '/nb/sporsmal/');
	await expectQuestion(page, 'husleie_maned');
	// the rent's page asks about heating and an adapted home too: answered, so the rent is the one error
	await page.locator('input[name="oppvarming_inkludert"][value="false"]').check();
	await page.locator('input[name="tilpasset_bolig"][value="false"]').check();
	const input = page.locator('input[name="husleie_maned"]');
	for (const [typed, message] of [
		['ni tusen', 'Beløpet kan bare inneholde tall'],
		['-9000', 'Beløpet kan ikke være mindre enn 0'],
		['20 000 000', 'Beløpet må være mindre enn']
	] as const) {
		await input.fill(typed);
		await page.getByRole('button', { name: 'Fortsett' }).click();
		const summary = page.locator('.ds-error-summary');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading')).toHaveText('Det er en feil');
		await expect(summary.getByRole('link')).toContainText(message);
		await expect(page).toHaveTitle(/^Feil: /);
		await expect(input).toHaveValue(typed);
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
		const errorId = describedBy.split(' ').find((x) => x.endsWith('-error'))!;
		await expect(page.locator(`#${errorId}`)).toContainText(message);
		await expect(page.locator(`#${errorId}`)).toHaveClass(/ds-validation-message/);
		// one error is the page type; the others differ in their message only
		if (typed === 'ni tusen') await expectNoAxeViolations(page);
		await summary.getByRole('link').click();
		await expect(input).toBeFocused();
	}
	// the typed text survives a reload too
	await page.reload();
	await hydrated(page);
	await expect(input).toHaveValue('20 000 000');
	// (the choices on the page are kept while it is open, not through a reload: they are made again)
	await page.locator('input[name="oppvarming_inkludert"][value="false"]').check();
	await page.locator('input[name="tilpasset_bolig"][value="false"]').check();
	// Norwegian ways of writing it are understood; a yearly amount is stored per month
	await input.fill('kr 108 000');
	await page.locator('input[name="husleie_maned_periode"][value="year"]').check();
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await expect(page.locator('form[data-question="husleie_maned"]')).toHaveCount(0);
	const answers = await sessionAnswers(page);
	expect(answers.husleie_maned).toBe(9000);
});

test('change-an-answer journey: returns to the check page, later answers kept, hidden answers come back', async ({
	page
}) => {
	// from the answers an ordinary journey leaves saved (the journeys themselves are the household walks)
	await seed(page, savedAnswers(ordinary), { raw: { inntekt_maned: '15 000' } });
	await gotoHydrated(page, '/nb/svar/');
	const before = await sessionAnswers(page);
	const rows = page.locator('[data-answer]');
	await expect(page.locator('[data-answer="inntekt_maned"] .answer')).toHaveText(/15\s000\skr per måned/);

	// an amount: straight back to the check page, everything else as it was
	await page.locator('[data-answer="inntekt_maned"]').getByRole('link', { name: /Endre/ }).click();
	await expect(page.locator('input[name="inntekt_maned"]')).toHaveValue(/^(kr )?15[ .]000( kr)?$/);
	await expect(page.getByRole('link', { name: 'Tilbake' })).toHaveAttribute('href', /\/svar\/$/);
	await page.locator('input[name="inntekt_maned"]').fill('16 500');
	await page.getByRole('button', { name: 'Fortsett' }).click();
	await expect(page).toHaveURL(/\/nb\/svar\/$/);
	await expect(page.locator('[data-answer="inntekt_maned"] .answer')).toHaveText(/16\s500\skr per måned/);
	const after = await sessionAnswers(page);
	expect(after).toEqual({ ...before, inntekt_maned: 16500 });

	// a student answer opens new questions: they are asked, then back to the check page
	const count = await rows.count();
	await page.locator('[data-answer="student_i_husstanden"]').getByRole('link', { name: /Endre/ }).click();
	await answer(page, 'student_i_husstanden', true);
	for (let id = await questionOnScreen(page); id; id = await questionOnScreen(page)) {
		if (id === 'student_unntak') {
			// «ingen» excludes the other boxes and the other way round
			const box = (v: string) => page.locator(`input[name="student_unntak"][value="${v}"]`);
			await box('grunnskole').check();
			await box('ingen').check();
			await expect(box('grunnskole')).not.toBeChecked();
			await box('grunnskole').check();
			await expect(box('ingen')).not.toBeChecked();
			await box('grunnskole').uncheck();
		}
		await answer(page, id, ordinary[id]!);
	}
	await expect(page).toHaveURL(/\/nb\/svar\/$/);
	const asStudent = await sessionAnswers(page);
	expect(asStudent.husleie_maned).toBe(before.husleie_maned);
	await expect(page.locator('[data-answer="hvem_studerer"]')).toHaveCount(1);
	expect(await rows.count()).toBeLessThan(count);

	// and back: the answers that were hidden come back unchanged
	await page.locator('[data-answer="student_i_husstanden"]').getByRole('link', { name: /Endre/ }).click();
	await answer(page, 'student_i_husstanden', false);
	await expect(page).toHaveURL(/\/nb\/svar\/$/);
	expect(await rows.count()).toBe(count);
	await expect(page.locator('[data-answer="hvem_studerer"]')).toHaveCount(0);
	expect((await sessionAnswers(page)).hvem_studerer).toBe('meg_selv');
	await expectNoAxeViolations(page);
});

test('rules changed since last time: answers kept, a notice says so', async ({ page }) => {
	await seed(
		page,
		{ behov: ['boutgifter'], boform: 'leier', antall_voksne: 1 },
		{ rulesVersion: 'old-rules', savedAt: '' }
	);
	await gotoHydrated(page, '/nb/sporsmal/');
	await expectQuestion(page, 'antall_barn');
	await expect(page.getByRole('status').filter({ hasText: 'Reglene er oppdatert' })).toBeVisible();
	expect(await sessionAnswers(page)).toEqual({ behov: ['boutgifter'], boform: 'leier', antall_voksne: 1 });
});

test('a session another page wrote (counselor import, results page) is picked up without a reload', async ({
	page
}) => {
	await start(page);
	await writeSession(
		page,
		{ behov: ['boutgifter'], boform: 'leier', antall_voksne: 2 },
		{ rulesVersion: 'x', savedAt: '' }
	);
	await page.getByRole('link', { name: 'Tilbake' }).click();
	await expect(page).toHaveURL(/\/nb\/$/);
	await page.getByRole('link', { name: 'Start sjekken' }).click();
	await expectQuestion(page, 'antall_barn');
	expect(await sessionAnswers(page)).toEqual({ behov: ['boutgifter'], boform: 'leier', antall_voksne: 2 });
});

test('«Avslutt og slett svarene» clears everything and returns to the start page', async ({
	page,
	context
}) => {
	await start(page);
	await answerFirst(page, 2);
	await page.getByRole('button', { name: 'Avslutt og slett svarene' }).click();
	await expect(page).toHaveURL(/\/nb\/$/);
	expect(
		await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('boligsjekk:')))
	).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	await gotoHydrated(page, '/nb/sporsmal/');
	await expectQuestion(page, 'behov');
	await expect(page.locator('input[name="behov"]:checked')).toHaveCount(0);
});

test('one form serves page after page, yet nothing of one page carries over to the next', async ({
	page
}) => {
	await start(page);
	const form = page.locator('form[data-question]');
	const questionsSeen: string[] = [];
	for (let i = 0; i < 8; i++) {
		const id = (await questionOnScreen(page))!;
		questionsSeen.push(id);
		// a new question: nothing ticked or typed, no error, the «why» text closed
		const amounts = (await fieldsOnScreen(page))!.filter((f) => questionType(f) === 'amount').length;
		// an amount's month/year choice starts at «per month»
		await expect(form.locator('input[type="radio"]:checked, input[type="checkbox"]:checked')).toHaveCount(
			amounts
		);
		for (const text of await form.locator('input[type="text"]').all()) await expect(text).toHaveValue('');
		await expect(page.locator('.ds-error-summary')).toHaveCount(0);
		await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
		await expect(page).not.toHaveTitle(/^Feil: /);
		const why = form.locator('details').first();
		if (await why.count()) {
			await expect(why).not.toHaveAttribute('open');
			await why.locator('summary').click();
			await expect(why).toHaveAttribute('open');
		}
		// every other question first gets an error, so the next one starts after one
		if (i % 2 === 1) {
			await form.getByRole('button', { name: 'Fortsett' }).click();
			await expect(page.locator('.ds-error-summary')).toBeFocused();
		}
		await answer(page, id, ordinary[id]!, i);
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	}
	expect(new Set(questionsSeen.map(questionType)).size).toBeGreaterThan(1);
});

test('keyboard-only journey: focus on the heading after each page, boxes, radios, text and submit by keyboard', async ({
	page
}) => {
	await start(page);
	const tabTo = async (target: ReturnType<Page['locator']>) => {
		for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(target).toBeFocused();
	};
	// the first page: a checkbox by Space, Tab on to the radio group, Space to choose, Enter submits
	await page.locator('input[name="behov"][value="boutgifter"]').focus();
	await page.keyboard.press('Space');
	await expect(page.locator('input[name="behov"][value="boutgifter"]')).toBeChecked();
	await tabTo(page.locator('input[name="boform"][value="leier"]'));
	await page.keyboard.press('Space');
	await expect(page.locator('input[name="boform"][value="leier"]')).toBeChecked();
	await page.keyboard.press('Enter');
	await expectQuestion(page, 'antall_voksne');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// the household's page: three text fields in turn
	for (const [id, typed] of [
		['antall_voksne', '1'],
		['antall_barn', '0'],
		['alder', '34']
	] as const) {
		await tabTo(page.locator(`input[name="${id}"]`));
		await page.keyboard.type(typed);
	}
	// Tab reaches «Fortsett» and it is visibly focused
	const next = page.getByRole('button', { name: 'Fortsett' });
	await tabTo(next);
	const outline = await next.evaluate((b) => {
		const s = getComputedStyle(b);
		return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
	});
	expect(outline).toBe(true);
	await page.keyboard.press('Enter');
	await expectQuestion(page, 'har_fodselsnummer');
	// the checklist: «Ingen av disse gjelder» by Space
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await tabTo(page.locator('main form input[data-none]'));
	await page.keyboard.press('Space');
	await expect(page.locator('main form input[data-none]')).toBeChecked();
	// Shift+Tab from the heading reaches the back link
	await page.getByRole('heading', { level: 1 }).focus();
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('link', { name: 'Tilbake' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expectQuestion(page, 'antall_voksne');
	await expect(page.locator('input[name="alder"]')).toHaveValue('34');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a question page shows the question and says the wizard needs JavaScript, pointing to the schemes', async ({
		page
	}) => {
		await page.goto('/nb/sporsmal/husleie_maned/');
		await expect(page.locator('form[data-question="husleie_maned"] input[name="husleie_maned"]')).toHaveCount(
			1
		);
		// with scripting off, Chromium keeps <noscript> content as raw text, so read the markup
		const main = (await page.content()).match(/<main[\s\S]*<\/main>/)![0];
		expect(main).toMatch(
			/<noscript>.*Spørsmålene trenger JavaScript.*href="[./]*\/nb\/ordninger\/".*Slik vurderer vi ordningene.*<\/noscript>/s
		);
	});
});

for (const lang of langCodes.filter((l) => l !== 'nb')) {
	test(`the question pages speak ${lang}, errors included`, async ({ page }) => {
		const texts = JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/wizard.json`, 'utf8'));
		// a missing text, or one the translator cannot give without i18next (src/lib/i18n/index.ts)
		const i18nFaults: string[] = [];
		page.on('console', (msg) => {
			if (msg.text().includes('[i18n]')) i18nFaults.push(msg.text());
		});
		await gotoHydrated(page, `/${lang}/sporsmal/`);
		await expectQuestion(page, 'behov');
		await page.getByRole('button', { name: texts.continue }).click();
		await expect(page.locator('.ds-error-summary')).toBeFocused();
		await expect(page.locator('.ds-error-summary h2')).toHaveText(
			texts.errors[`summary_${new Intl.PluralRules(lang).select(2)}`].replace('{{count}}', '2')
		);
		await expect(page.locator('.ds-error-summary a')).toHaveCount(2);
		// «label: message», the message in this language and not empty (Arabic isolates each part)
		for (const link of await page.locator('.ds-error-summary a').all())
			await expect(link).toHaveText(
				/[^\s\u2066-\u2069][\s\u2066-\u2069]*:[\s\u2066-\u2069]*[^\s\u2066-\u2069]/
			);
		await expectNoAxeViolations(page);
		await page.locator('input[name="behov"][value="usikker"]').check();
		await page.locator('input[name="boform"][value="eier_enebolig"]').check();
		await page.getByRole('button', { name: texts.continue }).click();
		// «not sure»: every scheme is checked, so the loan's purpose comes next
		await expectQuestion(page, 'startlan_formal');
		await expect(page.getByRole('link', { name: texts.back })).toBeVisible();
		// a whole journey in this language, axe on every page, is a household walk in journeys.spec.ts
		expect(i18nFaults).toEqual([]);
	});
}

test('the wizard works under a sub-path (BASE_PATH=/boligsjekk)', async ({ page }) => {
	await gotoHydrated(page, `${subpathOrigin}/boligsjekk/nb/sporsmal/`);
	await expect(page).toHaveURL(`${subpathOrigin}/boligsjekk/nb/sporsmal/behov/`);
	await answer(page, 'behov', ['boutgifter']);
	await expect(page).toHaveURL(`${subpathOrigin}/boligsjekk/nb/sporsmal/antall_voksne/`);
	await page.getByRole('link', { name: 'Tilbake' }).click();
	await expect(page).toHaveURL(`${subpathOrigin}/boligsjekk/nb/sporsmal/behov/`);
	await page.getByRole('button', { name: 'Avslutt og slett svarene' }).click();
	await expect(page).toHaveURL(`${subpathOrigin}/boligsjekk/nb/`);
});
