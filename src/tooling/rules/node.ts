// Node-only loading (CLI, tests, bench): reads rule files from disk and validates them with zod.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildRuleSet, type RuleSet } from '../../lib/rules/ruleset';
import { RuleFileError } from '../../lib/rules/errors';
import './validate';

export function listJsonFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.json')) out.push(p);
		}
	};
	walk(dir);
	return out;
}

export const toKey = (p: string): string => relative(process.cwd(), p).split(sep).join('/');

/** Parses JSON; on failure throws a RuleFileError naming the file, line and column. */
export function readJson(path: string): unknown {
	const text = readFileSync(path, 'utf8');
	try {
		return JSON.parse(text);
	} catch (e) {
		const msg = (e as Error).message;
		const pos = /position (\d+)/.exec(msg);
		const offset = pos ? Number(pos[1]) : text.length;
		const before = text.slice(0, offset);
		const line = before.split('\n').length;
		const col = offset - before.lastIndexOf('\n');
		const what = /Unexpected end/.test(msg)
			? 'the file ends too early (truncated?)'
			: msg.replace(/ in JSON at.*$/, '');
		throw new RuleFileError([
			{
				file: toKey(path),
				path: `line ${line} column ${col}`,
				message: `expected valid JSON, found: ${what}`
			}
		]);
	}
}

/** All rule files under `dir` (except the generated schema/ folder), keyed by repo-relative path. */
export function readRuleFiles(dir = 'rules'): Record<string, unknown> {
	const files: Record<string, unknown> = {};
	const problems: RuleFileError['problems'] = [];
	for (const p of listJsonFiles(dir)) {
		const key = toKey(p);
		if (/(^|\/)schema\/[^/]+\.json$/.test(key)) continue;
		try {
			files[key] = readJson(p);
		} catch (e) {
			if (e instanceof RuleFileError) problems.push(...e.problems);
			else throw e;
		}
	}
	if (problems.length) throw new RuleFileError(problems);
	return files;
}

export function loadRuleSet(dir = 'rules', opts: { validate?: boolean } = { validate: true }): RuleSet {
	return buildRuleSet(readRuleFiles(dir), { validate: opts.validate ?? true });
}
