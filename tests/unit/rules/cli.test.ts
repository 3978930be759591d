import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { runCli } from './run-cli';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/tooling/rules/cli.ts');
const FIX = resolve('tests/fixtures/rules');

function cli(args: string[], cwd = process.cwd()) {
	const r = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp: string;
const fixtureArgs = (root: string) => [
	'--rules',
	join(root, 'rules'),
	'--locales',
	join(root, 'locales/nb'),
	'--cases',
	join(root, 'cases')
];

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'rules-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function brokenCopy(name: string, edit: (dir: string) => void): string {
	const dir = join(tmp, name);
	cpSync(FIX, dir, { recursive: true });
	edit(dir);
	return dir;
}

describe('rules CLI', { timeout: 60_000 }, () => {
	it('check passes on the fixture and test runs its cases', () => {
		const c = runCli(['check', ...fixtureArgs(FIX)]);
		expect(c.err.trim().split('\n')).toEqual([
			'warning: tests/fixtures/rules/rules/questions.json: questions[14]: question flyttedato is used by no scheme'
		]);
		expect(c.code).toBe(0);
		const t = runCli(['test', ...fixtureArgs(FIX)]);
		expect(t.out.trim().split('\n').at(-1)).toBe('9 passed, 0 failed');
		expect(t.code).toBe(0);
	});

	it('check rejects a gap (file and missing days), validTo before validFrom, a bad source url, a division by 0', () => {
		const dir = brokenCopy('issue20', (d) => {
			const rulesDir = join(d, 'rules');
			const edit = (file: string, f: (j: any) => void) => {
				// eslint-disable-line @typescript-eslint/no-explicit-any
				const p = join(rulesDir, file);
				const j = JSON.parse(readFileSync(p, 'utf8'));
				f(j);
				writeFileSync(p, JSON.stringify(j));
			};
			edit('schemes/bostotte/2026-06.json', (j) => {
				j.values.personer.expr = { '/': [{ answer: 'antall_voksne' }, 0] };
				j.criteria[0].source = { ...j.criteria[0].source, url: '' };
			});
			edit('schemes/bostotte/2025-06.json', (j) => (j.validTo = '2025-05-31'));
		});
		const c = runCli(['check', ...fixtureArgs(dir)]);
		expect(c.code).toBe(1);
		expect(c.err).toMatch(
			/bostotte\/2025-06\.json: validTo: expected validTo on or after validFrom \(2025-06-01\), found 2025-05-31, before it/
		);
		expect(c.err).not.toMatch(/overlap/);
		expect(c.err).toMatch(
			/bostotte\/2026-06\.json: values\.personer\.expr\["\/"\]\[1\]: expected a divisor other than 0/
		);
		expect(c.err).toMatch(
			/bostotte\/2026-06\.json: criteria\[0\]\.source\.url: expected an https:\/\/ address of the legal source, found an empty url/
		);
	});

	it('check names the file and the missing days of a gap between two periods', () => {
		const dir = brokenCopy('gap', (d) => {
			const p = join(d, 'rules/schemes/bostotte/2026-06.json');
			const j = JSON.parse(readFileSync(p, 'utf8'));
			j.validFrom = '2026-07-01';
			writeFileSync(p, JSON.stringify(j));
		});
		const c = runCli(['check', ...fixtureArgs(dir)]);
		expect(c.code).toBe(1);
		expect(c.err).toMatch(
			/bostotte\/2026-06\.json: validFrom: expected 2026-06-01 .*found 2026-07-01: no version valid on 2026-06-01\.\.2026-06-30 \(30 days\)/
		);
	});

	it('check on a truncated file: exit 2 naming the file and where', () => {
		const dir = brokenCopy('truncated', (d) => {
			const p = join(d, 'rules/schemes/bostotte/2026-06.json');
			writeFileSync(p, readFileSync(p, 'utf8').slice(0, 500));
		});
		const c = cli(['check', ...fixtureArgs(dir)]);
		expect(c.code).toBe(2);
		expect(c.err).toMatch(/schemes\/bostotte\/2026-06\.json: line \d+ column \d+: expected valid JSON/);
	});

	it('check on a mistyped file: exit 2 with file, JSON path, expected and found', () => {
		const dir = brokenCopy('mistyped', (d) => {
			const p = join(d, 'rules/schemes/bostotte/2026-06.json');
			const s = JSON.parse(readFileSync(p, 'utf8'));
			s.criteria[1].hard = 'yes';
			s.values.personer.expr = { '+': [{ answer: 'antall_voksne' }, { plus: 1 }] };
			writeFileSync(p, JSON.stringify(s));
		});
		const c = runCli(['check', ...fixtureArgs(dir)]);
		expect(c.code).toBe(2);
		expect(c.err).toContain('2026-06.json: criteria[1].hard: expected boolean, found string "yes"');
		expect(c.err).toMatch(
			/2026-06\.json: values\.personer\.expr\["\+"\]\[1\]: expected an operator \(answer param .*\), found unknown operator "plus"/
		);
	});

	it('check finds broken cross references: unknown answer, parameter, ref cycle, text key, unit', () => {
		const dir = brokenCopy('xref', (d) => {
			const p = join(d, 'rules/schemes/bostotte/2026-06.json');
			const s = JSON.parse(readFileSync(p, 'utf8'));
			s.criteria[0].test = { '>=': [{ answer: 'alderr' }, 18] };
			s.values.vekt.expr = { '+': [1, { param: 'bostotte.finnes_ikke' }] };
			s.values.personer.expr = { ref: 'kommunegruppe' };
			s.values.kommunegruppe.expr = { ref: 'personer' };
			s.criteria[1].explain = 'schemes.bostotte.criteria.mangler';
			s.values.boutgifter.expr = { '+': [{ answer: 'husleie_maned' }, { param: 'bostotte.oppvarming' }] };
			writeFileSync(p, JSON.stringify(s));
		});
		const c = runCli(['check', ...fixtureArgs(dir)]);
		expect(c.code).toBe(1);
		expect(c.err).toMatch(
			/criteria\[0\]\.test\[">="\]\[0\]: expected a question id from questions.json, found "alderr"/
		);
		expect(c.err).toMatch(/expected a parameter id from parameters\/, found "bostotte.finnes_ikke"/);
		expect(c.err).toMatch(
			/expected no cycle between named values, found (personer → kommunegruppe → personer|kommunegruppe → personer → kommunegruppe)/
		);
		expect(c.err).toMatch(/expected the text key "schemes.bostotte.criteria.mangler.met"/);
		expect(c.err).toMatch(/expected operands of "\+" in one unit, found kr\/mnd and kr\/år/);
	});

	it('test reports expected vs actual and exits 1', () => {
		const dir = brokenCopy('wrongcase', (d) => {
			const p = join(d, 'cases/bostotte/TC-B1.json');
			const s = JSON.parse(readFileSync(p, 'utf8'));
			s.expect.bostotte.amountMonthly = 3700;
			writeFileSync(p, JSON.stringify(s));
		});
		const t = runCli(['test', ...fixtureArgs(dir)]);
		expect(t.code).toBe(1);
		expect(t.err).toMatch(/TC-B1\.json\n\s+bostotte: amountMonthly: expected 3700, actual 3603/);
		expect(t.out.trim().split('\n').at(-1)).toBe('8 passed, 1 failed');
	});

	it('coverage reports gaps and exits 1; a covered range exits 0', () => {
		const c = runCli(['coverage', ...fixtureArgs(FIX)]);
		expect(c.code).toBe(1);
		expect(c.out).toContain('scheme bostotte: no version valid 2024-01-01..2025-05-31');
		expect(runCli(['coverage', '--from', '2025-06-01', '--to', '2026-12-31', ...fixtureArgs(FIX)]).code).toBe(
			0
		);
	});

	it('eval prints the result with nextQuestions; a bad answer file exits 2', () => {
		const ok = join(tmp, 'ok.json');
		writeFileSync(
			ok,
			JSON.stringify({
				format: 'boligsjekk-svar',
				formatVersion: 1,
				answers: { alder: 34, student: true, antall_barn: 0 }
			})
		);
		const e = runCli(['eval', ok, '--date', '2026-11-01', '--kommune', '3226', ...fixtureArgs(FIX)]);
		expect(e.code).toBe(0);
		const r = JSON.parse(e.out);
		expect(r.schemes.find((s: { scheme: string }) => s.scheme === 'bostotte').outcome).toBe('not-eligible');
		expect(r.nextQuestions).not.toContain('inntekt_maned');
		const bad = join(tmp, 'bad.json');
		writeFileSync(
			bad,
			JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers: { alder: 'tretti' } })
		);
		const b = runCli(['eval', bad, ...fixtureArgs(FIX)]);
		expect(b.code).toBe(2);
		expect(b.err).toMatch(/answers\.alder: expected a number between 0 and 120, found "tretti"/);
		expect(runCli(['eval', join(tmp, 'missing.json'), ...fixtureArgs(FIX)]).code).toBe(2);
		writeFileSync(bad, '{"format":');
		expect(runCli(['eval', bad, ...fixtureArgs(FIX)]).err).toMatch(/not valid JSON/);
	});

	it('unknown command and missing arguments exit 2 with a message', () => {
		const u = cli(['frobnicate']);
		expect(u.code).toBe(2);
		expect(u.err).toMatch(/unknown command "frobnicate"/);
		expect(runCli([]).code).toBe(2);
		expect(runCli(['eval']).err).toMatch(/eval needs an answer file/);
	});
});
