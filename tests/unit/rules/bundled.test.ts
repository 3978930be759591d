import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../../src/lib/rules/bundled';
import { ruleSet as lean } from '../../../src/lib/rules/bundled-lean';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { evaluate } from '../../../src/lib/rules/evaluate';
import { packNumbers, rulesForClient } from '../../../src/tooling/vite/rules-client.js';

// Vitest loads modules as the server side of the build does: `bundled` is the rule set with its notes, `bundled-lean`
// the question pages' one as the browser gets it.
describe('rule sets made at build time (src/tooling/vite/rules-client.js)', () => {
	const disk = loadRuleSet('rules');

	it('hold the same files as the validated rule set on disk, with its version', () => {
		for (const rs of [ruleSet, lean]) {
			expect(rs.version).toBe(disk.version);
			expect(Object.keys(rs.schemes).sort()).toEqual(Object.keys(disk.schemes).sort());
			expect(rs.questions.map((q) => q.id)).toEqual(disk.questions.map((q) => q.id));
			expect(Object.keys(rs.questionById).sort()).toEqual(Object.keys(disk.questionById).sort());
		}
		expect(Object.keys(ruleSet.kommuner)).toContain('3226');
	});

	it('the lean one carries only the profile of the build, no list of municipalities, no sources and nothing else only results show', () => {
		expect(__KOMMUNE__).toBe('3226');
		expect(Object.keys(lean.kommuner)).toEqual(['3226']);
		expect(lean.kommuneliste).toBeUndefined();
		expect(lean.kommunegrupper).toBeUndefined();
		for (const key of ['source', 'decidedBy', 'thresholds']) {
			expect(JSON.stringify(lean.schemes)).not.toContain(`"${key}"`);
			expect(JSON.stringify(disk.schemes)).toContain(`"${key}"`);
		}
		expect(JSON.stringify(lean.parameters)).not.toContain('"kind"');
	});

	it('evaluate as the validated rule set does', () => {
		const { answers, date } = JSON.parse(readFileSync('tests/cases/bostotte/TC-B1.json', 'utf8'));
		const outcomes = (rs: typeof disk) =>
			evaluate(rs, answers, { date, kommune: '3226' }).schemes.map((s) => [s.scheme, s.outcome, s.missing]);
		expect(outcomes(disk)).toContainEqual(['bostotte', 'eligible', []]);
		expect(outcomes(ruleSet)).toEqual(outcomes(disk));
		expect(outcomes(lean)).toEqual(outcomes(disk));
	});
});

describe('the list of municipalities in the build for the whole country', () => {
	const plugin = rulesForClient({ kommune: '0000' });
	const run = (code: string): unknown => new Function(code.replace('export default', 'return'))();
	const path = resolve('rules/kommuner/kommuneliste.json');
	const file = readFileSync(path, 'utf8');
	const disk = JSON.parse(file) as {
		kommuner: { kommunenummer: string; navn: string; andreNavn?: string }[];
	};

	it('gives the question pages the numbers only, and the names one a line in the same order', async () => {
		const transform = plugin.transform as (code: string, id: string) => { code: string };
		const load = plugin.load as (this: unknown, id: string) => Promise<string>;
		const lean = run(transform(file, `${path}?lean`).code) as { kommuner: object[] };
		expect(lean.kommuner).toEqual(disk.kommuner.map(({ kommunenummer }) => ({ kommunenummer })));
		const names = (
			run(await load.call({ addWatchFile() {} }, '\0virtual:boligsjekk/kommunenavn')) as string
		).split('\n');
		expect(names).toHaveLength(disk.kommuner.length);
		// a Sami or Kven name may itself hold a «;» (Storfjord – Omasvuotna; Omasvuono)
		const alta = disk.kommuner.findIndex((k) => k.kommunenummer === '5601');
		expect(names[alta]).toBe('Alta|');
		const storfjord = disk.kommuner.findIndex((k) => k.navn === 'Storfjord');
		expect(names[storfjord]).toBe('Storfjord|Omasvuotna; Omasvuono');
		expect(
			names.slice(storfjord + 1).every((n, i) => n.startsWith(disk.kommuner[storfjord + 1 + i]!.navn))
		).toBe(true);
	});

	it('gives the pages the contacts of the build’s own profile only (results read the chosen one’s whole profile)', async () => {
		const transform = plugin.transform as (code: string, id: string) => { code: string };
		const load = plugin.load as (this: unknown, id: string) => Promise<string>;
		const module = await load.call({ addWatchFile() {} }, '\0virtual:boligsjekk/kommuner');
		expect(module).toMatch(/from '\/rules\/kommuner\/0000-[^']*\.json\?lean';/);
		expect(module).toMatch(/from '\/rules\/kommuner\/3226-[^']*\.json\?lean&others';/);
		const profile = resolve('rules/kommuner/3226-aurskog-holand.json');
		const code = readFileSync(profile, 'utf8');
		const own = run(transform(code, `${profile}?lean`).code) as Record<string, unknown>;
		const other = run(transform(code, `${profile}?lean&others`).code) as Record<string, unknown>;
		expect(own.kontakter).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'boligkontoret' })]));
		expect(other.kontakter).toBeUndefined();
		expect(other.tilbyr).toEqual(own.tilbyr);
	});

	it('stops a build for a municipality without a profile, naming the profiles there are', async () => {
		const load = rulesForClient({ kommune: '9998' }).load as (this: unknown, id: string) => Promise<string>;
		const context = {
			addWatchFile() {},
			error(message: string) {
				throw new Error(message);
			}
		};
		await expect(load.call(context, '\0virtual:boligsjekk/kommuner')).rejects.toThrow(
			/KOMMUNE=9998: no profile rules\/kommuner\/9998-<navn>\.json \(found: .*0000.*3226/
		);
	});

	it('packs the numbers as steps, and any order or gap comes back as it was', () => {
		const transform = plugin.transform as (code: string, id: string) => { code: string };
		const numbers = ['0301', '0302', '0360', '0419', '0301', '0301', '9999'];
		const list = JSON.stringify({ kommuner: numbers.map((kommunenummer) => ({ kommunenummer })) });
		const lean = run(transform(list, `${path}?lean`).code) as { kommuner: { kommunenummer: string }[] };
		expect(lean.kommuner.map((k) => k.kommunenummer)).toEqual(numbers);
		// 1 and 58 up are steps; 59 up, down, the same again and 9999 are written out
		expect(packNumbers(numbers)).toBe('0301Az0419030103019999');
		expect(transform(file, `${path}?lean`).code.length).toBeLessThan(800);
		expect(() => packNumbers(['301'])).toThrow(/«301» is not a four-digit kommunenummer/);
	});
});
