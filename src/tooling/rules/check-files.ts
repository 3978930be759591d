// Everything `npm run rules -- check` and `coverage` verify, in one call over a folder of rule files: the CLI and
// the build's rule step (src/tooling/vite/rules-client.js) both run it, so nothing the CLI rejects reaches a built site.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildRuleSet, classify, type RuleSet } from '../../lib/rules/ruleset';
import { RuleFileError, jsonPath, type RuleFileProblem } from '../../lib/rules/errors';
import { listJsonFiles, readJson, readRuleFiles, toKey } from './node';
import { validateRuleFile } from './validate';
import { checkRuleSet, type Locales } from './check';
import { coverage, coverageWindow } from './coverage';

export { formatProblem } from '../../lib/rules/errors';

const shiftDay = (d: string, by: number): string => {
	const t = new Date(d + 'T00:00:00Z');
	t.setUTCDate(t.getUTCDate() + by);
	return t.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string): number =>
	Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000) + 1;
const span = (from: string, to: string) => {
	const n = daysBetween(from, to);
	return `${from}..${to} (${n} day${n === 1 ? '' : 's'})`;
};

interface Period {
	validFrom: string;
	validTo: string | null;
}

/**
 * Periods whose end comes before their start, and gaps between one period's end and the next one's start. A period
 * ending before it starts is said as such (not as an overlap with itself).
 */
export function checkPeriods(rules: RuleSet): RuleFileProblem[] {
	const problems: RuleFileProblem[] = [];
	const scan = (periods: { p: Period; file: string; path: string }[]) => {
		for (const { p, file, path } of periods)
			if (p.validTo !== null && p.validTo < p.validFrom)
				problems.push({
					file,
					path: `${path}validTo`,
					message: `expected validTo on or after validFrom (${p.validFrom}), found ${p.validTo}, before it`
				});
		const sorted = periods
			.filter(({ p }) => p.validTo === null || p.validTo >= p.validFrom)
			.sort((a, b) => a.p.validFrom.localeCompare(b.p.validFrom));
		sorted.forEach((b, i) => {
			const a = sorted[i - 1];
			if (!a || a.p.validTo === null) return;
			const firstMissing = shiftDay(a.p.validTo, 1);
			if (b.p.validFrom > firstMissing)
				problems.push({
					file: b.file,
					path: `${b.path}validFrom`,
					message:
						`expected ${firstMissing} (the day after ${a.file === b.file ? a.path.replace(/\.$/, '') : a.file} ends), ` +
						`found ${b.p.validFrom}: no version valid on ${span(firstMissing, shiftDay(b.p.validFrom, -1))}`
				});
		});
	};
	for (const p of Object.values(rules.parameters)) {
		const file = rules.fileOf.get(p) ?? p.id;
		scan(p.values.map((v, i) => ({ p: v, file, path: `values[${i}].` })));
	}
	for (const [id, versions] of Object.entries(rules.schemes))
		scan(versions.map((s) => ({ p: s, file: rules.fileOf.get(s) ?? id, path: '' })));
	return problems;
}

/** Every day of the covered range has a version of every scheme and parameter (gaps only; overlaps are checked). */
export function checkCoverage(rules: RuleSet, { from, to } = coverageWindow()): RuleFileProblem[] {
	const periodsOf = (kind: 'scheme' | 'parameter', id: string): Period[] =>
		kind === 'parameter' ? (rules.parameters[id]?.values ?? []) : (rules.schemes[id] ?? []);
	return (
		coverage(rules, { from, to })
			.filter((c) => c.problem === 'gap')
			// A gap between two periods is checkPeriods' to report, with the file and period that start late.
			.filter((c) => !periodsOf(c.kind, c.id).some((p) => p.validTo === shiftDay(c.from, -1) && c.to !== to))
			.map((c) => {
				const periods = periodsOf(c.kind, c.id);
				const owner = c.kind === 'parameter' ? rules.parameters[c.id] : rules.schemes[c.id]?.[0];
				const file = (owner && rules.fileOf.get(owner)) ?? c.id;
				const before = c.to < (periods[0]?.validFrom ?? '');
				return {
					file,
					path: c.kind === 'parameter' ? 'values' : 'validFrom',
					message: `expected a version of ${c.kind} ${c.id} valid on every day of ${from}..${to}, found none on ${span(c.from, c.to)}${before ? ' (before the first one starts)' : ''}`
				};
			})
	);
}

/** Walks any JSON value with its path. */
function walkJson(
	value: unknown,
	path: (string | number)[],
	visit: (v: object, path: (string | number)[]) => void
) {
	if (value === null || typeof value !== 'object') return;
	visit(value, path);
	if (Array.isArray(value)) value.forEach((v, i) => walkJson(v, [...path, i], visit));
	else for (const [k, v] of Object.entries(value)) walkJson(v, [...path, k], visit);
}

/** Sources whose `url` is empty or not https, and divisions by a literal zero, in any rule file. */
export function checkLiterals(files: Record<string, unknown>): RuleFileProblem[] {
	const problems: RuleFileProblem[] = [];
	for (const [file, data] of Object.entries(files)) {
		const kind = classify(file);
		if (!kind || kind === 'schema') continue;
		walkJson(data, [], (v, path) => {
			if (Array.isArray(v)) return;
			const o = v as Record<string, unknown>;
			if (path.at(-1) === 'source' && 'url' in o) {
				const url = o.url;
				if (typeof url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]*$/.test(url))
					problems.push({
						file,
						path: jsonPath([...path, 'url']),
						message: `expected an https:// address of the legal source, found ${url === '' ? 'an empty url' : JSON.stringify(url)}`
					});
			}
			const div = o['/'];
			if (Array.isArray(div) && div.length === 2 && div[1] === 0)
				problems.push({
					file,
					path: jsonPath([...path, '/', 1]),
					message: 'expected a divisor other than 0, found a literal 0 (this would divide by zero)'
				});
		});
	}
	return problems;
}

// The reasoning behind a figure lives in the project's own source notes (rules/sources/*.md): a rule file or case that
// cites a note outside the project, or one it does not have, sends the next maintainer to a file they cannot open.
const FILE_REF = /(?<![\w/.-])((?:\.\.\/|[\w-]+\/)*[\w.-]+\.md)(?:#([\p{L}\p{N}_-]+))?/gu;

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');

/**
 * Every string in `files` (rule files or cases) that cites a file outside the repository (the research notes), a
 * Markdown file that is not there (paths are from the project root `root`), or a section the file does not have.
 */
export function checkReferences(files: Record<string, unknown>, root: string): RuleFileProblem[] {
	const problems: RuleFileProblem[] = [];
	const anchors = new Map<string, Set<string> | null>();
	const anchorsOf = (ref: string): Set<string> | null => {
		if (!anchors.has(ref)) {
			const path = resolve(root, ref);
			anchors.set(
				ref,
				existsSync(path)
					? new Set([...readFileSync(path, 'utf8').matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)))
					: null
			);
		}
		return anchors.get(ref)!;
	};
	const visit = (file: string, value: unknown, path: (string | number)[]): void => {
		if (typeof value === 'string') {
			const at = jsonPath(path);
			for (const m of value.matchAll(FILE_REF)) {
				if (relative(root, resolve(root, m[1]!)).startsWith('..')) {
					problems.push({
						file,
						path: at,
						message: `expected a reference to the project's source notes (rules/sources/…), found a file outside the repository: ${JSON.stringify(m[1])}`
					});
					continue;
				}
				const found = anchorsOf(m[1]!);
				if (!found)
					problems.push({
						file,
						path: at,
						message: `expected a file in the repository, found ${m[1]} (no such file)`
					});
				else if (m[2] && !found.has(m[2]))
					problems.push({
						file,
						path: at,
						message: `expected a section of ${m[1]}, found #${m[2]} (no such heading)`
					});
			}
		} else if (Array.isArray(value)) value.forEach((v, i) => visit(file, v, [...path, i]));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) visit(file, v, [...path, k]);
	};
	for (const [file, data] of Object.entries(files)) visit(file, data, []);
	return problems;
}

/** The links between the source notes (`<dir>/sources/*.md`, relative to that folder) lead to a note and a section. */
export function checkSourceNotes(dir: string): RuleFileProblem[] {
	const notes = join(dir, 'sources');
	if (!existsSync(notes)) return [];
	const texts = Object.fromEntries(
		readdirSync(notes)
			.filter((f) => f.endsWith('.md'))
			.map((f) => [toKey(join(notes, f)), readFileSync(join(notes, f), 'utf8')])
	);
	return checkReferences(texts, resolve(notes));
}

export function loadLocales(dir: string): Locales | undefined {
	if (!existsSync(dir)) return undefined;
	const locales: Locales = {};
	for (const p of listJsonFiles(dir)) locales[basename(p, '.json')] = readJson(p);
	return locales;
}

/**
 * Every problem of the rule files in `dir`: JSON syntax, schema, cross references and units, text keys in the nb
 * locale (`localesDir`), periods (order, gaps) and coverage of the checked range. Empty when the rules may ship.
 */
export function checkRulesDir(
	dir = 'rules',
	localesDir = join('src', 'lib', 'i18n', 'locales', 'nb')
): RuleFileProblem[] {
	let files: Record<string, unknown>;
	try {
		files = readRuleFiles(dir);
	} catch (e) {
		if (e instanceof RuleFileError) return e.problems;
		throw e;
	}
	const problems: RuleFileProblem[] = [];
	for (const [file, data] of Object.entries(files)) {
		const kind = classify(file);
		if (kind && kind !== 'schema') problems.push(...validateRuleFile(file, kind, data));
	}
	problems.push(
		...checkLiterals(files),
		...checkReferences(files, dirname(resolve(dir))),
		...checkSourceNotes(dir)
	);
	if (problems.length) return problems;
	let rules: RuleSet;
	try {
		rules = buildRuleSet(files);
	} catch (e) {
		if (e instanceof RuleFileError) return e.problems;
		throw e;
	}
	const locales = loadLocales(localesDir);
	if (!locales)
		problems.push({
			file: localesDir,
			path: '',
			message: 'expected the nb locale files (text keys not checked)'
		});
	problems.push(...checkRuleSet(rules, locales), ...checkPeriods(rules), ...checkCoverage(rules));
	return problems;
}
