import { expect, test } from '@playwright/test';
import type { Answers } from '../../src/lib/rules';
import { gotoHydrated } from './helpers';
import { answerAllPages, expectedOutcomes, sessionAnswers } from './wizard-helpers';

/*
 * Households who say what they need (the first page), walked page by page from the start page to the results: the
 * pages they see, and the same outcomes the rules engine gives for the same answers. The answers nobody in the
 * story cares about come from `ordinary` (wizard-helpers).
 */
const households: { name: string; answers: Answers }[] = [
	{ name: 'single renter', answers: { behov: ['boutgifter'] } },
	{
		name: 'family renting',
		answers: {
			behov: ['boutgifter'],
			antall_voksne: 2,
			antall_barn: 2,
			alder: 38,
			andre_voksne_registrert: true,
			husleie_maned: 14000,
			inntekt_maned: 38000
		}
	},
	{
		name: 'single parent who wants to buy',
		answers: {
			behov: ['kjope_beholde'],
			antall_barn: 2,
			alder: 36,
			startlan_formal: 'kjope',
			bank_svar: 'avslag',
			langvarig_finansieringsproblem: true,
			har_spart: true,
			netto_inntekt_maned: 26000,
			levekostnader_maned: 14000,
			antall_barn_6_10: 2,
			varig_lav_inntekt: true
		}
	},
	{
		name: 'pensioner who owns and needs an adaptation',
		answers: {
			behov: ['tilpasse', 'boutgifter'],
			boform: 'eier_enebolig',
			alder: 78,
			inntekt_maned: 22000,
			enslig_alderspensjonist: true,
			behov_tilpasning: true,
			kommunale_avgifter_maned: 1200,
			formue: 300000,
			formuesverdi_bolig: 1500000
		}
	},
	{
		name: 'young disabled renter',
		answers: { behov: ['boutgifter'], alder: 24, ung_ufor: true, inntekt_maned: 24000, husleie_maned: 8000 }
	},
	{
		name: 'couple in a borettslag',
		answers: {
			behov: ['boutgifter'],
			boform: 'borettslag_sameie',
			antall_voksne: 2,
			alder: 45,
			andre_voksne_registrert: true,
			felleskostnader_maned: 5000,
			lanekostnader_maned: 7000,
			inntekt_maned: 30000
		}
	},
	{
		name: 'person with no fixed home',
		answers: {
			behov: ['finne_bolig', 'depositum'],
			boform: 'uten_fast_bolig',
			alder: 41,
			skal_leie_ny_bolig: true,
			har_penger_til_depositum: false,
			provd_leiemarkedet: true,
			behov_kommunal_bolig: ['ingen_midler', 'akutt_boligbehov'],
			ar_bosatt_i_kommunen: 3
		}
	},
	{
		name: 'student',
		answers: {
			behov: ['boutgifter'],
			alder: 22,
			student_i_husstanden: true,
			hvem_studerer: 'meg_selv',
			student_unntak: ['ingen'],
			husleie_maned: 6000,
			inntekt_maned: 9000
		}
	},
	{
		name: 'refugee family new in the municipality',
		answers: {
			behov: ['finne_bolig', 'depositum', 'boutgifter'],
			antall_voksne: 2,
			antall_barn: 3,
			alder: 35,
			andre_voksne_registrert: true,
			inntekt_maned: 20000,
			husleie_maned: 13000,
			ar_bosatt_i_kommunen: 0,
			skal_leie_ny_bolig: true,
			har_penger_til_depositum: false
		}
	},
	{
		name: 'household at risk of losing its home',
		answers: {
			behov: ['boutgifter', 'kjope_beholde'],
			boform: 'eier_enebolig',
			alder: 47,
			startlan_formal: 'refinansiere',
			bank_svar: 'avslag',
			langvarig_finansieringsproblem: true,
			har_spart: false,
			risiko_miste_bolig: true,
			lanekostnader_maned: 14000,
			kommunale_avgifter_maned: 1500,
			inntekt_maned: 24000,
			klarer_boutgiftene: false,
			vansker_med_bolig: true
		}
	}
];

const counted: Record<string, number> = {};

for (const household of households) {
	test(`${household.name}: what they need first, then a few pages, and the engine's outcomes`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await gotoHydrated(page, '/nb/');
		await page.getByRole('link', { name: 'Start sjekken' }).click();
		const pages = await answerAllPages(page, household.answers);
		counted[household.name] = pages.length;
		console.log(
			`[pages] ${household.name}: ${pages.length} pages: ${pages.map((p) => p.join('+')).join(' | ')}`
		);
		expect(pages.length).toBeLessThanOrEqual(16);
		const answers = await sessionAnswers(page);
		await page.locator('main [data-variant="primary"]').click();
		await expect(page).toHaveURL(/\/nb\/resultat\/$/);
		for (const [scheme, outcome] of Object.entries(expectedOutcomes(answers)))
			await expect(page.locator(`[data-scheme="${scheme}"]`).first(), scheme).toHaveAttribute(
				'data-outcome',
				outcome
			);
	});
}
