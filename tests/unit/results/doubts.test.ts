import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { doubtNotes } from '../../../src/lib/results/doubts';
import type { Lang } from '../../../src/lib/i18n/languages';

const LANGS: Lang[] = ['nb', 'nn', 'en', 'pl', 'uk', 'ar', 'so'];
import type { FigureDoubt } from '../../../src/lib/rules';

const tFor = (lang: Lang) => {
	const i = i18next.createInstance();
	void i.init({
		lng: lang,
		initAsync: false,
		resources: {
			[lang]: {
				translation: {
					results: JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}/results.json`, 'utf8'))
				}
			}
		},
		interpolation: { escapeValue: false }
	});
	return i.t;
};

const rate: FigureDoubt = {
	param: 'husbanken.flytende_rente',
	reason: 'review',
	validFrom: '2026-07-01',
	reviewBy: '2026-09-01'
};
const egenandel = (param: string): FigureDoubt => ({ param, reason: 'secondary', validFrom: '2026-06-01' });

describe('doubtNotes: what a resident reads about a figure in doubt', () => {
	const nb = tFor('nb');

	it('names the figure, the date of the value in use and what is known', () => {
		expect(doubtNotes(nb, 'nb', [rate])).toEqual([
			{
				params: ['husbanken.flytende_rente'],
				reason: 'review',
				text: 'Husbankens flytende rente: vi bruker tall fra 1. juli 2026 og har ikke funnet nyere. Husbanken endrer renten hver annen måned.'
			}
		]);
	});

	it('says the same thing once for figures with the same reason and known facts', () => {
		const notes = doubtNotes(nb, 'nb', [
			egenandel('bostotte.egenandel_minimum'),
			egenandel('bostotte.egenandel_t1')
		]);
		expect(notes).toHaveLength(1);
		expect(notes[0]!.text).toBe(
			'Minste egenandel og Egenandel: første inntektsgrense: funnet i en annen kilde, ikke hos Husbanken selv. Tallene gir samme inntektsgrense som Husbankens egen kalkulator viste i august 2026.'
		);
	});

	it('names the 2027 proposal for the ceilings as a proposal, and a missing value as missing', () => {
		const [tak] = doubtNotes(nb, 'nb', [
			{ param: 'bostotte.boutgiftstak', reason: 'review', validFrom: '2026-06-01', reviewBy: '2027-01-01' }
		]);
		expect(tak!.text).toMatch(
			/^Øvre grense for boutgifter \(grunnsats\): vi bruker tall fra 1\. juni 2026 .*foreslått.*vet ikke om Stortinget har sagt ja/
		);
		const [t1] = doubtNotes(nb, 'nb', [
			{ param: 'bostotte.egenandel_t1', reason: 'unknown', validFrom: '2024-01-01' }
		]);
		expect(t1!.text).toBe(
			'Egenandel: første inntektsgrense: ikke funnet for denne datoen, derfor er resultatet usikkert.'
		);
	});

	it.each(LANGS)('every reason has a sentence in %s that names the figure and its authority', (lang) => {
		const t = tFor(lang);
		for (const reason of ['review', 'secondary', 'derived', 'unknown'] as const) {
			const [note] = doubtNotes(t, lang, [{ ...rate, reason }]);
			expect(note!.text).toContain(t('results.params.husbanken.flytende_rente.name'));
			expect(note!.text).not.toMatch(/\{\{|results\.doubt/);
		}
		const [known] = doubtNotes(t, lang, [rate]);
		expect(known!.text).toContain(t('results.doubt.known.review.husbanken.flytende_rente'));
	});
});
