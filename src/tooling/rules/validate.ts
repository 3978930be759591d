// Node/build-time validation with zod. Importing this module registers it with buildRuleSet.
import { z } from 'zod';
import { fileSchemas } from '../../lib/rules/schema';
import { registerValidator, type FileKind } from '../../lib/rules/ruleset';
import { jsonPath, type RuleFileProblem } from '../../lib/rules/errors';

const kindSchema: Record<FileKind, z.ZodType> = {
	questions: fileSchemas.questions,
	parameter: fileSchemas.parameter,
	scheme: fileSchemas.scheme,
	kommune: fileSchemas.kommune,
	kommuneliste: fileSchemas.kommuneliste,
	kommunegrupper: fileSchemas.kommunegrupper
};

export function validateFile(file: string, schema: z.ZodType, data: unknown): RuleFileProblem[] {
	const r = schema.safeParse(data);
	if (r.success) return [];
	return flattenIssues(r.error.issues, [], data).map((i) => ({
		file,
		path: jsonPath(i.path),
		message: i.message
	}));
}

export const validateRuleFile = (file: string, kind: FileKind, data: unknown) =>
	validateFile(file, kindSchema[kind], data);

registerValidator(validateRuleFile);

interface Flat {
	path: PropertyKey[];
	message: string;
}

const at = (root: unknown, path: readonly PropertyKey[]): unknown => {
	let v = root;
	for (const k of path)
		v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
	return v;
};

export function describeFound(v: unknown): string {
	if (v === undefined) return 'nothing (missing)';
	if (v === null) return 'null';
	if (Array.isArray(v)) return `an array of ${v.length}`;
	if (typeof v === 'object') return `an object with keys ${JSON.stringify(Object.keys(v as object))}`;
	const s = JSON.stringify(v);
	return `${typeof v} ${s.length > 60 ? s.slice(0, 60) + '…' : s}`;
}

type Issue = z.core.$ZodIssue;

const OPERATORS = [
	'answer',
	'param',
	'ref',
	'profile',
	'date',
	'+',
	'-',
	'*',
	'/',
	'min',
	'max',
	'round',
	'floor',
	'ceil',
	'clamp',
	'==',
	'!=',
	'<',
	'<=',
	'>',
	'>=',
	'and',
	'or',
	'not',
	'if',
	'in',
	'has',
	'lookup',
	'bracket',
	'annuity',
	'payment',
	'coalesce'
];

/** Turns zod issues into "expected …, found …" lines; a failed union reports its closest branch only. */
function flattenIssues(issues: readonly Issue[], base: PropertyKey[], root: unknown): Flat[] {
	const out: Flat[] = [];
	for (const issue of issues) {
		const path = [...base, ...issue.path];
		const found = at(root, path);
		switch (issue.code) {
			case 'invalid_union': {
				const branch = closestBranch(issue.errors, found);
				const keys = found !== null && typeof found === 'object' ? Object.keys(found) : [];
				if (found === undefined)
					out.push({ path, message: 'expected an expression or value, found nothing (missing)' });
				else if (branch) out.push(...flattenIssues(branch, path, root));
				else if (!Array.isArray(found) && keys.length === 1 && !OPERATORS.includes(keys[0]!))
					out.push({
						path,
						message: `expected an operator (${OPERATORS.join(' ')}), found unknown operator "${keys[0]}"`
					});
				else if (found !== null && typeof found === 'object' && !Array.isArray(found))
					out.push({
						path,
						message: `expected an expression or value of the documented form, found ${describeFound(found)}`
					});
				else
					out.push({
						path,
						message: `expected ${unionExpectation(issue.errors)}, found ${describeFound(found)}`
					});
				break;
			}
			case 'invalid_type':
				out.push({ path, message: `expected ${issue.expected}, found ${describeFound(found)}` });
				break;
			case 'unrecognized_keys':
				out.push({
					path,
					message: `expected no other keys, found unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
				});
				break;
			case 'invalid_value':
				out.push({
					path,
					message: `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describeFound(found)}`
				});
				break;
			default:
				out.push({
					path,
					message: `${tidy(issue.message)}, found ${describeFound(found)}`
				});
		}
	}
	return out;
}

function closestBranch(branches: Issue[][], found: unknown): Issue[] | undefined {
	// A branch matched the shape when none of its issues is at its root (wrong type or wrong operator key).
	const matching = branches.filter((b) =>
		b.every((i) => i.path.length > 0 && i.code !== 'unrecognized_keys')
	);
	if (matching.length) return matching.sort((a, b) => a.length - b.length)[0];
	if (found !== null && typeof found === 'object' && !Array.isArray(found)) {
		const keys = Object.keys(found);
		// Expression with exactly one known operator key: report that operator's own issues.
		const byKey = branches.filter(
			(b) => !b.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0)
		);
		if (keys.length === 1 && byKey.length === 1) return byKey[0];
	}
	return undefined;
}

function unionExpectation(branches: Issue[][]): string {
	const expected = new Set<string>();
	for (const b of branches)
		for (const i of b) if (i.path.length === 0 && i.code === 'invalid_type') expected.add(String(i.expected));
	return expected.size ? [...expected].join(' or ') : 'one of the documented forms';
}

/** zod's "Too small: expected array to have …" → "expected array to have …". */
function tidy(message: string): string {
	const m = message.replace(/^(Invalid input|Too small|Too big|Invalid string): /, '');
	return /^expected/i.test(m) ? m.replace(/^Expected/, 'expected') : `expected ${m}`;
}
