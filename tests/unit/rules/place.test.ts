import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { placeOf, profileFor, sessionKommune } from '../../../src/lib/rules/kommuner';
import { validateRuleFile } from '../../../src/tooling/rules/validate';

const rules = loadRuleSet('rules');
const date = '2026-11-01';
const NASJONAL = '0000';
const AURSKOG_HOLAND = '3226';
const TROMSO = '5501';

describe('placeOf: which municipality a session belongs to', () => {
	it('the national build takes a known municipality from the answer first, then from the link or file', () => {
		expect(placeOf(rules, NASJONAL, { kommune: AURSKOG_HOLAND })).toEqual({
			kommune: AURSKOG_HOLAND,
			kommunenummer: AURSKOG_HOLAND
		});
		expect(placeOf(rules, NASJONAL, { kommune: AURSKOG_HOLAND, kommunenummer: TROMSO })).toEqual({
			kommune: TROMSO,
			kommunenummer: TROMSO
		});
		expect(placeOf(rules, NASJONAL, { kommune: '3226 ' }).kommune).toBe(AURSKOG_HOLAND);
	});

	it('the national build refuses a number it does not know, and has no municipality then', () => {
		for (const nr of ['9999', '1301'])
			expect(placeOf(rules, NASJONAL, { kommunenummer: nr })).toEqual({ kommune: NASJONAL, refused: nr });
		expect(placeOf(rules, NASJONAL, { kommune: NASJONAL })).toEqual({ kommune: NASJONAL });
	});

	it('a build for one municipality keeps its own and names any other number it was given', () => {
		expect(placeOf(rules, AURSKOG_HOLAND, { kommune: AURSKOG_HOLAND })).toEqual({ kommune: AURSKOG_HOLAND });
		for (const nr of [NASJONAL, '9999', '1301', '3205'])
			expect(placeOf(rules, AURSKOG_HOLAND, { kommune: nr })).toEqual({
				kommune: AURSKOG_HOLAND,
				refused: nr
			});
		expect(placeOf(rules, AURSKOG_HOLAND, { kommune: AURSKOG_HOLAND, kommunenummer: TROMSO }).refused).toBe(
			TROMSO
		);
	});

	it('a stored session answers the same as its link would', () => {
		expect(sessionKommune(rules, NASJONAL, { kommune: NASJONAL, answers: { kommunenummer: TROMSO } })).toBe(
			TROMSO
		);
		expect(sessionKommune(rules, AURSKOG_HOLAND, { kommune: NASJONAL, answers: {} })).toBe(AURSKOG_HOLAND);
	});
});

describe('profileFor: the profile a page shows', () => {
	it('a municipality with its own profile always gets it', () => {
		expect(profileFor(rules, NASJONAL, AURSKOG_HOLAND, date)).toBe(rules.kommuner[AURSKOG_HOLAND]);
		expect(profileFor(rules, AURSKOG_HOLAND, TROMSO, date)).toBe(rules.kommuner[AURSKOG_HOLAND]);
	});

	it('a listed municipality gets its name and its website as the place to ask about what it decides', () => {
		const p = profileFor(rules, NASJONAL, TROMSO, date);
		expect(p.navn).toBe('Tromsø');
		const kontakter = p.kontakter as {
			id: string;
			nettside?: string;
			gjelder: string[];
			source?: { grade: string };
		}[];
		const kommunen = kontakter.find((k) => k.id === 'kommunen')!;
		expect(kommunen.nettside).toBe('https://tromso.kommune.no/');
		expect(kommunen.gjelder).toEqual(expect.arrayContaining(['startlan', 'kommunal-utleiebolig']));
		expect(kommunen.source?.grade).toBe('S');
		expect(p.nettsteder).toEqual(['tromso.kommune.no']);
		expect(kontakter.map((k) => k.id)).toContain('nav-kontaktsenter');
	});

	it('the national build without a municipality shows the generic profile', () => {
		expect(profileFor(rules, NASJONAL, undefined, date)).toBe(rules.kommuner[NASJONAL]);
		expect(profileFor(rules, NASJONAL, '9999', date)).toBe(rules.kommuner[NASJONAL]);
	});
});

describe('the list of municipalities and their websites', () => {
	const file = 'rules/kommuner/kommuneliste.json';
	const list = JSON.parse(readFileSync(file, 'utf8')) as { kommuner: Record<string, unknown>[] };
	const problems = (kommuner: Record<string, unknown>[]) =>
		validateRuleFile(file, 'kommuneliste', { ...list, kommuner }).map((p) => `${p.path}: ${p.message}`);

	it('passes as it is', () => {
		expect(problems(list.kommuner)).toEqual([]);
	});

	it('fails with a municipality missing, a duplicate, or an address that is not https', () => {
		expect(problems(list.kommuner.slice(1)).join()).toMatch(/357/);
		const dup = [...list.kommuner.slice(0, -1), { ...list.kommuner[1], nettside: 'https://x.kommune.no/' }];
		expect(problems(dup).join()).toMatch(/kommunenummer: expected no duplicates/);
		const http = list.kommuner.map((k, i) => (i === 5 ? { ...k, nettside: 'http://example.no/' } : k));
		expect(problems(http).join()).toMatch(/kommuner\[5\]\.nettside: .*https/);
		const sameSite = list.kommuner.map((k, i) =>
			i === 7 ? { ...k, nettside: list.kommuner[8]!.nettside } : k
		);
		expect(problems(sameSite).join()).toMatch(/nettside: expected no duplicates/);
	});
});

describe('searching the municipalities', async () => {
	const { searchKommuner } = await import('../../../src/lib/components/question/kommune-sok');
	const { kommuneLabel } = await import('../../../src/lib/kommuneliste');
	const list = rules.kommuneliste!.kommuner.map((k) => ({
		kommunenummer: k.kommunenummer,
		label: kommuneLabel(k)
	}));
	it('finds Tromsø as «Tromso» and «tromsø», Bærum as «baerum», Ålesund as «alesund»', () => {
		for (const q of ['Tromso', 'tromsø', 'TROMSØ'])
			expect(searchKommuner(list, q)[0]?.label, q).toBe('Tromsø');
		expect(searchKommuner(list, 'baerum')[0]?.label).toBe('Bærum');
		expect(searchKommuner(list, 'alesund')[0]?.label).toBe('Ålesund');
	});
	it('finds a municipality by its Sami or Kven name, names that start with the query first', () => {
		expect(searchKommuner(list, 'guovdag').map((k) => k.label)).toEqual(['Kautokeino – Guovdageaidnu']);
		expect(searchKommuner(list, 'omasvuono')[0]?.kommunenummer).toBe('5538');
		const berg = searchKommuner(list, 'berg').map((k) => k.label);
		expect(berg[0]).toBe('Bergen');
		expect(berg.indexOf('Bergen')).toBeLessThan(berg.indexOf('Kongsberg'));
	});
});
