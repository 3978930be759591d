// Mutation test of the build's rule step: each broken rule file, in a temporary copy of rules/, must stop the build
// (src/tooling/vite/rules-client.js, the plugin `vite build` runs before bundling) with a message naming the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rulesChecked } from '../../../src/tooling/vite/rules-client.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BOSTOTTE = 'schemes/bostotte/2024-01.json';
const T1 = 'parameters/bostotte.egenandel_t1.json';

/** [what is broken, the file, how] — each kind of problem the issue found shipping. */
const BROKEN: [string, string, (d: Json) => void][] = [
	[
		'unknown parameter id',
		BOSTOTTE,
		(d) => (d.values.boutgiftstak.expr = { param: 'bostotte.boutgiftstakk' })
	],
	['impossible date', T1, (d) => (d.values[0].validFrom = '2024-02-30')],
	['overlapping periods', T1, (d) => (d.values[1].validFrom = '2026-05-01')],
	['gap between periods', T1, (d) => (d.values[1].validFrom = '2026-07-01')],
	['missing source', T1, (d) => delete d.values[1].source],
	['empty source url', T1, (d) => (d.values[1].source.url = '')],
	['non-https source url', BOSTOTTE, (d) => (d.criteria[0].source.url = 'http://www.husbanken.no/bostotte')],
	['cycle between named values', BOSTOTTE, (d) => (d.values.personer.expr = { ref: 'personer_tak' })],
	['unknown operator', BOSTOTTE, (d) => (d.criteria[0].test = { nicht: true })],
	['missing text key', BOSTOTTE, (d) => (d.criteria[0].explain = 'schemes.bostotte.criteria.finnes_ikke')],
	['validTo before validFrom', T1, (d) => (d.values[0].validTo = '2023-12-31')],
	[
		'a reference to a file outside the repository',
		T1,
		(d) => (d.values[1].source.note += ' (../research/notes.md §9.1)')
	],
	[
		'a reference to a source note that is not there',
		T1,
		(d) => (d.values[1].source.note += ' (rules/sources/egenandel.md)')
	],
	[
		'a reference to a section the source note does not have',
		T1,
		(d) => (d.values[1].source.note += ' (rules/sources/bostotte.md#finnes-ikke)')
	],
	[
		'division by a literal zero',
		BOSTOTTE,
		(d) => (d.values.personer.expr = { '/': [{ answer: 'antall_voksne' }, 0] })
	],
	['not JSON', BOSTOTTE, () => undefined]
];

let tmp: string;
beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'broken-rules-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function brokenCopy(name: string, file: string, mutate: (d: Json) => void): string {
	const dir = join(tmp, name.replace(/\W+/g, '-'));
	cpSync('rules', join(dir, 'rules'), { recursive: true });
	const path = join(dir, 'rules', file);
	if (name === 'not JSON') writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
	else {
		const data = JSON.parse(readFileSync(path, 'utf8')) as Json;
		mutate(data);
		writeFileSync(path, JSON.stringify(data, null, 2));
	}
	return dir;
}

/** Runs the plugin's rule step as `vite build` does; the message it stops the build with, or null. */
async function ruleStep(root: string): Promise<string | null> {
	const plugin = rulesChecked({ locales: resolve('src/lib/i18n/locales/nb') }) as Json;
	plugin.configResolved({ root });
	try {
		await plugin.buildStart.call({
			error(message: string) {
				throw new Error(message);
			}
		});
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}

describe("the build's rule step", () => {
	it('lets the real rules through', async () => {
		expect(await ruleStep(process.cwd())).toBeNull();
	});

	it.each(BROKEN)('stops on %s, naming the file and what was expected', async (name, file, mutate) => {
		const message = await ruleStep(brokenCopy(name, file, mutate));
		expect(message).not.toBeNull();
		const lines = message!.split('\n').slice(1);
		expect(lines.length).toBeGreaterThan(0);
		const line = lines.find((l) => l.includes(`rules/${file}: `));
		expect(line, message!).toMatch(/: expected /);
	});

	it('names a reference outside the repository, a missing source note and a missing section as such', async () => {
		const [outside, missing, section] = BROKEN.filter(([n]) => n.startsWith('a reference'));
		expect(await ruleStep(brokenCopy(...outside!))).toMatch(
			/egenandel_t1\.json: values\[1\]\.source\.note: expected a reference to the project's source notes .*found a file outside the repository: "\.\.\/research\/notes\.md"/
		);
		expect(await ruleStep(brokenCopy(...missing!))).toMatch(
			/expected a file in the repository, found rules\/sources\/egenandel\.md \(no such file\)/
		);
		expect(await ruleStep(brokenCopy(...section!))).toMatch(
			/expected a section of rules\/sources\/bostotte\.md, found #finnes-ikke/
		);
	});

	it('stops on a link between source notes that leads nowhere', async () => {
		const dir = join(tmp, 'broken-note-link');
		cpSync('rules', join(dir, 'rules'), { recursive: true });
		const note = join(dir, 'rules', 'sources', 'startlan.md');
		writeFileSync(
			note,
			readFileSync(note, 'utf8') + '\nSee [renter.md#kalkulasjonsrente](renter.md#kalkulasjonsrente).\n'
		);
		expect(await ruleStep(dir)).toMatch(
			/rules\/sources\/startlan\.md: .*expected a section of renter\.md, found #kalkulasjonsrente/
		);
	});

	it('says validTo before validFrom as such, and a gap with its missing days', async () => {
		const before = await ruleStep(brokenCopy('validTo before validFrom', T1, BROKEN[10]![2]));
		expect(before).toMatch(
			/values\[0\]\.validTo: expected validTo on or after validFrom \(2024-01-01\), found 2023-12-31/
		);
		expect(before).not.toMatch(/overlap/);
		const gap = await ruleStep(brokenCopy('gap between periods', T1, BROKEN[3]![2]));
		expect(gap).toMatch(/values\[1\]\.validFrom: .*no version valid on 2026-06-01\.\.2026-06-30 \(30 days\)/);
	});
});

// A whole `vite build` on a copy of the project with one broken rule file: it stops before anything is bundled
// (seconds, not the minute a full build takes) and says which file.
describe('vite build', () => {
	it('stops on a broken rule file, naming it, and writes no site', () => {
		const root = join(tmp, 'project');
		mkdirSync(root);
		for (const f of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'])
			cpSync(f, join(root, f));
		for (const d of ['rules', 'src', 'scripts', 'static']) cpSync(d, join(root, d), { recursive: true });
		symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
		const file = join(root, 'rules', BOSTOTTE);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('"param": "bostotte.boutgiftstak"', '"param": "nope"')
		);
		const r = spawnSync(resolve('node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
			cwd: root,
			encoding: 'utf8',
			timeout: 120_000
		});
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain(
			`rules/${BOSTOTTE}: values.boutgiftstak.expr["+"][0].lookup[0]: expected a parameter id from parameters/, found "nope"`
		);
		expect(existsSync(join(root, 'build'))).toBe(false);
	}, 120_000);
});
