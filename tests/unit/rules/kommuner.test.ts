import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/tooling/rules/cli';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { evaluate } from '../../../src/lib/rules/evaluate';
import { nextQuestions } from '../../../src/lib/rules/relevance';
import { bostotteGruppe, profileOn } from '../../../src/lib/rules/kommuner';
import type { Answers } from '../../../src/lib/rules/schema';

const rules = loadRuleSet('rules');
const list = rules.kommuneliste!.kommuner;
const date = '2026-11-01';

// Forskrift om bustøtte § 3 by name, as Husbanken's veileder quotes it (rules/sources/bostotte.md#kommunegrupper): independent of the
// numbers in rules/kommuner/, so a wrong number there fails here.
const BY_NAME: Record<string, string> = {
	Oslo: '1',
	Bergen: '2',
	Trondheim: '2',
	Tromsø: '2',
	Stavanger: '2',
	Bærum: '2',
	Kristiansand: '3',
	Frogn: '3',
	Lørenskog: '3',
	'Nordre Follo': '3',
	Asker: '3',
	Nesodden: '3',
	Sola: '3',
	Sandnes: '3'
};

/** A renter over every ceiling, so the group decides the approved costs. */
const answers: Answers = {
	boform: 'leier',
	antall_voksne: 1,
	antall_barn: 0,
	alder: 40,
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
	enslig_alderspensjonist: false,
	husleie_maned: 15000,
	inntekt_maned: 15000
};
const bostotte = (kommune: string, a: Answers = answers) =>
	evaluate(rules, a, { date, kommune, values: true }).schemes.find((s) => s.scheme === 'bostotte')!;

describe('every municipality in Norway', () => {
	it('the list has the 357 municipalities of 2024, each once, and the § 3 groups name only listed ones', () => {
		expect(list).toHaveLength(357);
		expect(new Set(list.map((k) => k.kommunenummer)).size).toBe(357);
		expect(new Set(list.map((k) => k.navn)).size).toBe(357);
		const listed = new Set(list.map((k) => k.kommunenummer));
		for (const v of rules.kommunegrupper!.values) {
			for (const nrs of Object.values(v.grupper)) for (const nr of nrs) expect(listed.has(nr), nr).toBe(true);
			for (const nr of Object.keys(v.avklares ?? {})) expect(listed.has(nr), nr).toBe(true);
		}
	});

	it.each(list.map((k) => [k.kommunenummer, k.navn] as const))(
		'%s %s evaluates with its § 3 group and never asks for the group',
		(nr, navn) => {
			for (const r of [bostotte(nr), bostotte('0000', { ...answers, kommunenummer: nr })]) {
				expect(r.error).toBeUndefined();
				expect(r.missing).not.toContain('bostotte_kommunegruppe');
				if (navn === 'Lillestrøm') {
					expect(r.missing).toEqual(['bostotte_tidligere_skedsmo']);
					expect(r.values!.kommunegruppe).toBeNull();
				} else {
					expect(r.missing).toEqual([]);
					expect(r.values!.kommunegruppe).toBe(BY_NAME[navn] ?? '4');
				}
			}
		}
	);

	it('Lillestrøm: former Skedsmo is group 3; elsewhere in Lillestrøm the group and the amount stay unknown', () => {
		const skedsmo = bostotte('3205', { ...answers, bostotte_tidligere_skedsmo: true });
		expect(skedsmo.values!.kommunegruppe).toBe('3');
		expect(skedsmo.values!.godkjente_boutgifter).toBe(92234 + 12720);
		const resten = bostotte('3205', { ...answers, bostotte_tidligere_skedsmo: false });
		expect(resten.values!.kommunegruppe).toBeNull();
		expect(resten.amount!.value).toBeNull();
		expect(resten.unknownFacts).toContain('profile:bostotte.kommunegruppe');
		expect(resten.missing).toEqual([]);
	});

	it('a profile of its own agrees with the group derived from its number', () => {
		for (const [nr, p] of Object.entries(rules.kommuner)) {
			if (nr === '0000') continue;
			expect((p.bostotte as { kommunegruppe: string }).kommunegruppe).toBe(
				bostotteGruppe(rules, nr, date)!.gruppe
			);
		}
	});

	it('a derived profile offers no local scheme it has no data for, and names the municipality', () => {
		const p = profileOn(rules, '3403', date);
		expect(p.navn).toBe('Hamar');
		expect(p.kommunenummer).toBe('3403');
		expect(Object.values(p.tilbyr ?? {}).every((v) => v === null)).toBe(true);
		const r = evaluate(rules, answers, { date, kommune: '3403' });
		expect(r.profile).toBe('3403');
		expect(r.schemes.filter((s) => s.excludedByProfile).map((s) => s.scheme)).toEqual([
			'kommunal-utleiebolig',
			'tilskudd-etablering',
			'tilskudd-tilpasning',
			'tilskudd-utredning-prosjektering'
		]);
	});

	it('the national build asks for the municipality first; a municipality’s own build never does', () => {
		expect(nextQuestions(rules, {}, { date, kommune: '0000' })[0]).toBe('kommunenummer');
		expect(nextQuestions(rules, {}, { date, kommune: '3226' })).not.toContain('kommunenummer');
		expect(nextQuestions(rules, { kommunenummer: '4601' }, { date, kommune: '0000' })).not.toContain(
			'bostotte_kommunegruppe'
		);
	});

	it('rules -- eval --kommune NNNN uses the municipality (Tromsø: group 2)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kommune-eval-'));
		const file = join(dir, 'svar.json');
		writeFileSync(file, JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, date, answers }));
		let out = '';
		const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
		try {
			expect(main(['eval', file, '--kommune', '5501'])).toBe(0);
		} finally {
			o.mockRestore();
			rmSync(dir, { recursive: true, force: true });
		}
		const r = JSON.parse(out) as { profile: string; nextQuestions: string[] };
		expect(r.profile).toBe('5501');
		expect(r.nextQuestions).not.toContain('bostotte_kommunegruppe');
		expect(r.nextQuestions).not.toContain('kommunenummer');
	});
});
