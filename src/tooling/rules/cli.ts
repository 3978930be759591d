// npm run rules -- check | coverage | test | eval <answers.json> | questions | schema
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { buildRuleSet, classify, type RuleSet } from '../../lib/rules/ruleset';
import {
	RuleFileError,
	RuleVersionError,
	RuleEvalError,
	formatProblem,
	type RuleFileProblem
} from '../../lib/rules/errors';
import { listJsonFiles, readJson, readRuleFiles, toKey } from './node';
import { validateFile, validateRuleFile } from './validate';
import { caseSchema, fileSchemas, type CaseFile } from '../../lib/rules/schema';
import { checkRuleSet, checkWarnings, type Locales } from './check';
import { coverage, coverageWindow } from './coverage';
import { checkLiterals, checkPeriods, checkReferences, checkSourceNotes } from './check-files';
import { dueOn, formatDueItem } from '../../lib/rules/due';
import { runCase } from './cases';
import { evaluate } from '../../lib/rules/evaluate';
import { findThresholds } from '../../lib/rules/thresholds';
import { doubtsThatMove } from '../../lib/rules/doubts';
import { nextQuestions, relevantQuestions } from '../../lib/rules/relevance';
import { validateAnswers, isIsoDate, MAX_ANSWER_FILE_BYTES } from '../../lib/rules/answers';

const USAGE = `usage: npm run rules -- <command> [options]
  check                         validate every rule file and cross reference (answers, params, refs, text keys, units, cycles)
  coverage [--from D] [--to D]  every day exactly one version of every scheme and parameter (default 2024-01-01 to the end of next year)
  test                          run every case file under tests/cases/**
  eval <answers.json | case.json> [--date YYYY-MM-DD] [--kommune NNNN]
  due [--on YYYY-MM-DD] [--json] values in force that are past their review date, unknown, or graded only S/D (exit 1 if any)
  questions                     print the question catalogue as JSON
  schema                        write rules/schema/*.json from the zod schemas
options: --rules <dir> (rules)  --locales <dir> (src/lib/i18n/locales/nb)  --cases <dir> (tests/cases)  --out <dir> (rules/schema)`;

class UsageError extends Error {}

interface Args {
	cmd: string | undefined;
	positional: string[];
	flags: Record<string, string>;
}

/** Flags that take no value. */
const SWITCHES = new Set(['json']);

function parseArgs(argv: string[]): Args {
	const flags: Record<string, string> = {};
	const positional: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a.startsWith('--')) {
			const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
			const v = inline ?? (SWITCHES.has(k) ? 'true' : argv[++i]);
			if (v === undefined) throw new UsageError(`--${k} needs a value`);
			flags[k] = v;
		} else positional.push(a);
	}
	return { cmd: positional.shift(), positional, flags };
}

const out = (s: string) => process.stdout.write(s + '\n');
const err = (s: string) => process.stderr.write(s + '\n');

function loadValidated(dir: string): RuleSet {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no rule folder at ${dir}`);
	const files = readRuleFiles(dir);
	const problems: RuleFileProblem[] = [];
	for (const [file, data] of Object.entries(files)) {
		const kind = classify(file);
		if (kind && kind !== 'schema') problems.push(...validateRuleFile(file, kind, data));
	}
	if (problems.length) throw new RuleFileError(problems);
	return buildRuleSet(files);
}

function loadLocales(dir: string): Locales | undefined {
	if (!existsSync(dir)) return undefined;
	const locales: Locales = {};
	for (const p of listJsonFiles(dir)) locales[basename(p, '.json')] = readJson(p);
	return locales;
}

function cmdCheck(a: Args): number {
	const rules = loadValidated(a.flags.rules ?? 'rules');
	const localesDir = a.flags.locales ?? 'src/lib/i18n/locales/nb';
	const locales = loadLocales(localesDir);
	const problems = checkRuleSet(rules, locales);
	const ruleFiles = readRuleFiles(a.flags.rules ?? 'rules');
	const root = dirname(resolve(a.flags.rules ?? 'rules'));
	problems.push(
		...checkPeriods(rules),
		...checkLiterals(ruleFiles),
		...checkReferences(ruleFiles, root),
		...checkSourceNotes(a.flags.rules ?? 'rules')
	);
	if (!locales)
		problems.push({
			file: localesDir,
			path: '',
			message: 'expected the nb locale files (text keys not checked)'
		});
	const casesDir = a.flags.cases ?? 'tests/cases';
	let cases = 0;
	let schemaProblems = 0;
	if (existsSync(casesDir))
		for (const p of listJsonFiles(casesDir)) {
			cases++;
			const file = toKey(p);
			const found = validateFile(file, caseSchema, readJson(p));
			schemaProblems += found.length;
			problems.push(...found);
			if (found.length) continue;
			const c = readJson(p) as CaseFile;
			problems.push(...checkReferences({ [file]: c }, root));
			for (const s of Object.keys(c.expect))
				if (!rules.schemes[s])
					problems.push({ file, path: `expect.${s}`, message: `expected a scheme id, found "${s}"` });
			for (const id of Object.keys(c.answers))
				if (!rules.questionById[id])
					problems.push({
						file,
						path: `answers.${id}`,
						message: 'expected a question id from questions.json'
					});
		}
	const warnings = checkWarnings(rules, locales);
	for (const w of warnings) err(`warning: ${formatProblem(w)}`);
	for (const p of problems) err(formatProblem(p));
	const nSchemes = Object.values(rules.schemes).flat().length;
	out(
		`check: ${rules.questions.length} questions, ${Object.keys(rules.parameters).length} parameters, ${nSchemes} scheme versions, ` +
			`${Object.keys(rules.kommuner).length} kommuner, ${cases} cases: ${problems.length} problem(s), ${warnings.length} warning(s)`
	);
	return schemaProblems ? 2 : problems.length ? 1 : 0;
}

function cmdCoverage(a: Args): number {
	const window = coverageWindow();
	const from = a.flags.from ?? window.from;
	const to = a.flags.to ?? window.to;
	if (!isIsoDate(from) || !isIsoDate(to) || from > to)
		throw new UsageError(`expected --from ≤ --to as YYYY-MM-DD, found ${from}..${to}`);
	const rules = loadValidated(a.flags.rules ?? 'rules');
	const problems = coverage(rules, { from, to });
	for (const p of problems)
		out(
			`${p.kind} ${p.id}: ${p.problem === 'gap' ? 'no version' : `${p.count} versions`} valid ${p.from}..${p.to}`
		);
	out(`coverage ${from}..${to}: ${problems.length} gap(s)/overlap(s)`);
	return problems.length ? 1 : 0;
}

function cmdTest(a: Args): number {
	const rules = loadValidated(a.flags.rules ?? 'rules');
	const dir = a.flags.cases ?? 'tests/cases';
	if (!existsSync(dir)) throw new UsageError(`no case folder at ${dir}`);
	let passed = 0;
	let failed = 0;
	for (const p of listJsonFiles(dir)) {
		const file = toKey(p);
		let failures: string[];
		try {
			const data = readJson(p);
			const problems = validateFile(file, caseSchema, data);
			failures = problems.length
				? problems.map((x) => `${x.path}: ${x.message}`)
				: runCase(rules, data as CaseFile);
		} catch (e) {
			failures = [e instanceof RuleFileError ? e.message : (e as Error).message];
		}
		if (failures.length) {
			failed++;
			err(`FAIL ${file}`);
			for (const f of failures) err(`  ${f}`);
		} else passed++;
	}
	out(`${passed} passed, ${failed} failed`);
	return failed ? 1 : 0;
}

function defaultKommune(rules: RuleSet): string {
	const real = Object.keys(rules.kommuner).filter((k) => k !== '0000');
	return real.length === 1 ? real[0]! : '0000';
}

/** A rule case (`tests/cases/…`) is evaluated as the answer file it holds: its answers, date and municipality. */
function asAnswerFile(text: string): string {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return text;
	}
	if (!data || typeof data !== 'object' || !('expect' in data) || !('answers' in data)) return text;
	const c = data as { date?: string; kommune?: string; answers: unknown };
	return JSON.stringify({
		format: 'boligsjekk-svar',
		formatVersion: 1,
		date: c.date,
		kommune: c.kommune,
		answers: c.answers
	});
}

function cmdEval(a: Args): number {
	const path = a.positional[0];
	if (!path) throw new UsageError('eval needs an answer file: npm run rules -- eval <answers.json>');
	if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
	if (statSync(path).size > MAX_ANSWER_FILE_BYTES) throw new UsageError(`${path}: larger than 100 KB`);
	const rules = loadValidated(a.flags.rules ?? 'rules');
	const checked = validateAnswers(rules, asAnswerFile(readFileSync(path, 'utf8')));
	if (!checked.ok) {
		for (const e of checked.errors) err(`${path}: ${e.path || '(file)'}: ${e.message}`);
		return 2;
	}
	const date = a.flags.date ?? checked.value.date ?? new Date().toISOString().slice(0, 10);
	if (!isIsoDate(date)) throw new UsageError(`--date: expected YYYY-MM-DD, found ${date}`);
	const kommune = a.flags.kommune ?? checked.value.kommune ?? defaultKommune(rules);
	if (!/^\d{4}$/.test(kommune)) throw new UsageError(`--kommune: expected four digits, found ${kommune}`);
	const answers = checked.value.answers;
	const result = evaluate(rules, answers, {
		date,
		kommune,
		thresholds: findThresholds,
		doubts: doubtsThatMove
	});
	const opts = { date, kommune };
	out(
		JSON.stringify(
			{
				...result,
				nextQuestions: nextQuestions(rules, answers, opts),
				relevantQuestions: relevantQuestions(rules, answers, opts)
			},
			null,
			2
		)
	);
	return 0;
}

function cmdDue(a: Args): number {
	const on = a.flags.on ?? new Date().toISOString().slice(0, 10);
	if (!isIsoDate(on)) throw new UsageError(`--on: expected YYYY-MM-DD, found ${on}`);
	const items = dueOn(loadValidated(a.flags.rules ?? 'rules'), on);
	if (a.flags.json === 'true') out(JSON.stringify({ date: on, due: items }, null, 2));
	else {
		for (const i of items) out(formatDueItem(i));
		out(`due ${on}: ${items.length} item(s)`);
	}
	return items.length ? 1 : 0;
}

function cmdQuestions(a: Args): number {
	out(JSON.stringify(loadValidated(a.flags.rules ?? 'rules').questions, null, 2));
	return 0;
}

export function jsonSchemas(): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(fileSchemas).map(([name, schema]) => [
			name,
			z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
		])
	);
}

function cmdSchema(a: Args): number {
	const dir = a.flags.out ?? 'rules/schema';
	mkdirSync(dir, { recursive: true });
	for (const [name, schema] of Object.entries(jsonSchemas())) {
		writeFileSync(join(dir, `${name}.json`), JSON.stringify(schema, null, 2) + '\n');
		out(`wrote ${join(dir, `${name}.json`)}`);
	}
	return 0;
}

const COMMANDS: Record<string, (a: Args) => number> = {
	check: cmdCheck,
	coverage: cmdCoverage,
	test: cmdTest,
	eval: cmdEval,
	due: cmdDue,
	questions: cmdQuestions,
	schema: cmdSchema
};

export function main(argv: string[]): number {
	try {
		const a = parseArgs(argv);
		if (!a.cmd || a.cmd === 'help' || a.flags.help) {
			out(USAGE);
			return a.cmd ? 0 : 2;
		}
		const cmd = COMMANDS[a.cmd];
		if (!cmd) throw new UsageError(`unknown command "${a.cmd}"\n${USAGE}`);
		return cmd(a);
	} catch (e) {
		if (e instanceof RuleFileError) {
			for (const p of e.problems) err(formatProblem(p));
			err(`${e.problems.length} problem(s) in the rule files`);
			return 2;
		}
		if (e instanceof UsageError) {
			err(e.message);
			return 2;
		}
		if (e instanceof RuleVersionError || e instanceof RuleEvalError) {
			err(e.message);
			return 1;
		}
		err(`error: ${(e as Error).message}`);
		return 2;
	}
}

if (process.argv[1] && /cli\.[cm]?[tj]s$/.test(process.argv[1]))
	process.exitCode = main(process.argv.slice(2));
