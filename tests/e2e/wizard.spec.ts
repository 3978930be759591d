import { expect, test } from '@playwright/test';
import type { Answers } from '../../src/lib/rules';
import { expectNoAxeViolations, gotoHydrated } from './helpers';
import { answerAllPages, expectedOutcomes, sessionAnswers } from './wizard-helpers';

interface Household {
	name: string;
	answers: Answers;
	/** The outcomes the story is about; every other scheme is compared with the engine. */
	expect: Record<string, 'eligible' | 'not-eligible' | 'assessment' | 'unknown'>;
	amountMonthly?: { scheme: string; value: number; tolerance: number };
}

const households: Household[] = [
	{
		name: '1 single renter (rent 9 000, income 15 000)',
		answers: {
			boform: 'leier',
			antall_voksne: 1,
			antall_barn: 0,
			alder: 34,
			husleie_maned: 9000,
			inntekt_maned: 15000
		},
		expect: { bostotte: 'eligible' },
		amountMonthly: { scheme: 'bostotte', value: 3603, tolerance: 1 }
	},
	{
		name: '2 family with children renting',
		answers: {
			antall_voksne: 2,
			antall_barn: 2,
			alder: 38,
			andre_voksne_registrert: true,
			husleie_maned: 14000,
			inntekt_maned: 32000,
			netto_inntekt_maned: 26000,
			antall_barn_0_5: 1,
			antall_barn_6_10: 1
		},
		expect: { bostotte: 'eligible' }
	},
	{
		name: '3 student',
		answers: {
			alder: 22,
			student_i_husstanden: true,
			hvem_studerer: 'meg_selv',
			student_unntak: ['ingen'],
			husleie_maned: 6000,
			inntekt_maned: 9000
		},
		expect: { bostotte: 'not-eligible' }
	},
	{
		name: '4 old-age pensioner who owns',
		answers: {
			boform: 'eier_enebolig',
			alder: 78,
			enslig_alderspensjonist: true,
			kommunale_avgifter_maned: 1500,
			eiendomsskatt_maned: 300,
			inntekt_maned: 19000,
			formue: 150000,
			formuesverdi_bolig: 1200000
		},
		expect: { bostotte: 'eligible' }
	},
	{
		name: '5 person who needs an adapted home',
		answers: {
			boform: 'eier_enebolig',
			alder: 55,
			behov_tilpasning: true,
			startlan_formal: 'utbedre_tilpasse',
			bank_svar: 'avslag',
			lanekostnader_maned: 4000,
			kommunale_avgifter_maned: 1200,
			inntekt_maned: 22000,
			helse_sosiale_utfordringer: true,
			langvarig_finansieringsproblem: true
		},
		expect: { 'tilskudd-tilpasning': 'assessment' }
	},
	{
		name: '6 family who wants to buy with startlån',
		answers: {
			antall_voksne: 2,
			antall_barn: 2,
			alder: 33,
			husleie_maned: 13000,
			inntekt_maned: 52000,
			startlan_formal: 'kjope',
			bank_svar: 'for_lite',
			langvarig_finansieringsproblem: true,
			netto_inntekt_maned: 42000,
			levekostnader_maned: 15000,
			faste_utgifter_maned: 2000,
			bokostnader_ny_bolig_maned: 16000,
			antall_barn_0_5: 1,
			antall_barn_6_10: 1,
			lanebehov: 2500000,
			har_spart: true
		},
		expect: { startlan: 'assessment' }
	},
	{
		name: '7 household at risk of forced sale',
		answers: {
			boform: 'eier_enebolig',
			alder: 47,
			risiko_miste_bolig: true,
			startlan_formal: 'refinansiere',
			bank_svar: 'avslag',
			lanekostnader_maned: 14000,
			kommunale_avgifter_maned: 1500,
			inntekt_maned: 24000,
			klarer_boutgiftene: false,
			langvarig_finansieringsproblem: true,
			vansker_med_bolig: true
		},
		expect: { 'boligsosial-hjelp': 'assessment', 'sosialhjelp-boutgifter': 'assessment' }
	},
	{
		name: '8 refugee family new in the municipality',
		answers: {
			boform: 'uten_fast_bolig',
			antall_voksne: 2,
			antall_barn: 3,
			alder: 36,
			ar_bosatt_i_kommunen: 0,
			lovlig_opphold: true,
			inntekt_maned: 18000,
			trenger_stabil_bolig_raskt: true,
			provd_leiemarkedet: true,
			behov_kommunal_bolig: ['ingen_midler', 'akutt_boligbehov'],
			vansker_med_bolig: true,
			skal_leie_ny_bolig: true,
			har_penger_til_depositum: false,
			klarer_boutgiftene: false,
			tilknytning_kommunen: false
		},
		expect: { 'boligsosial-hjelp': 'assessment', depositumsgaranti: 'assessment' }
	}
];

for (const household of households) {
	test(`household ${household.name}: questions → check page → results`, async ({ page }) => {
		test.setTimeout(180_000);
		await gotoHydrated(page, '/nb/');
		await page.getByRole('link', { name: 'Start sjekken' }).click();
		const pages = await answerAllPages(page, household.answers, { axe: true });
		const asked = pages.flat();
		test.info().annotations.push({ type: 'pages', description: `${household.name}: ${pages.length}` });
		console.log(`[wizard] ${household.name}: ${pages.length} pages, ${asked.length} questions`);
		await expectNoAxeViolations(page);

		const answers = await sessionAnswers(page);
		for (const [id, value] of Object.entries(household.answers)) {
			if (asked.includes(id)) expect(answers[id], id).toEqual(value);
		}

		await page.getByRole('link', { name: 'Se resultatet' }).click();
		await expect(page).toHaveURL(/\/nb\/resultat\/$/);
		for (const [scheme, outcome] of Object.entries(household.expect)) {
			await expect(page.locator(`[data-scheme="${scheme}"][data-outcome="${outcome}"]`)).toHaveCount(1);
		}
		for (const [scheme, outcome] of Object.entries(expectedOutcomes(answers))) {
			await expect(page.locator(`[data-scheme="${scheme}"]`).first(), scheme).toHaveAttribute(
				'data-outcome',
				outcome
			);
		}
		if (household.amountMonthly) {
			const { scheme, value, tolerance } = household.amountMonthly;
			const shown = await page
				.locator(`[data-scheme="${scheme}"] [data-amount-monthly]`)
				.getAttribute('data-amount-monthly');
			expect(Math.abs(Number(shown) - value)).toBeLessThanOrEqual(tolerance);
		}
		await expectNoAxeViolations(page);
	});
}
