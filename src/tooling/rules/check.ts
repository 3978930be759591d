// Cross-reference checks over a (schema-valid) rule set: everything `npm run rules -- check` verifies
// beyond the zod schemas.
import type { Expr, Parameter, SchemeVersion } from '../../lib/rules/schema';
import type { RuleSet } from '../../lib/rules/ruleset';
import type { RuleFileProblem } from '../../lib/rules/errors';
import { jsonPath } from '../../lib/rules/errors';
import { findRefCycle, validOn } from '../../lib/rules/engine';
import { CHECK_EVERYTHING, NEEDS_QUESTION } from '../../lib/rules/needs';

export type Locales = Record<string, unknown>;

export function hasKey(locales: Locales, key: string): boolean {
	let v: unknown = locales;
	for (const k of key.split('.')) {
		if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return false;
		v = (v as Record<string, unknown>)[k];
	}
	return typeof v === 'string';
}

const OPS_WITH_SAME_UNITS = new Set(['+', '-', 'min', 'max', 'clamp', '==', '!=', '<', '<=', '>', '>=']);

export function checkRuleSet(rules: RuleSet, locales: Locales | undefined): RuleFileProblem[] {
	const problems: RuleFileProblem[] = [];
	const fileOf = (o: object, fallback: string) => rules.fileOf.get(o) ?? fallback;
	const key = (file: string, path: string, k: string | undefined) => {
		if (!locales || k === undefined) return;
		if (!hasKey(locales, k))
			problems.push({ file, path, message: `expected the text key "${k}" in the nb locale, found none` });
	};

	for (const q of rules.questions) {
		const file = fileOf(q, 'questions.json');
		const path = `questions[${rules.questions.indexOf(q)}]`;
		if ((q.type === 'choice' || q.type === 'multi') && !q.options?.length)
			problems.push({
				file,
				path: `${path}.options`,
				message: `expected options for a ${q.type} question, found none`
			});
		if (q.min !== undefined && q.max !== undefined && q.min > q.max)
			problems.push({ file, path, message: `expected min ≤ max, found ${q.min} > ${q.max}` });
		key(file, path, `questions.${q.id}.label`);
		if (q.why) key(file, path, `questions.${q.id}.why`);
	}

	problems.push(...checkPages(rules));

	for (const p of Object.values(rules.parameters)) {
		const file = fileOf(p, p.id);
		overlaps(p.values).forEach(([i, j]) =>
			problems.push({
				file,
				path: `values[${j}]`,
				message: `expected periods that do not overlap, found an overlap with values[${i}]`
			})
		);
		if (p.kind === 'brackets')
			p.values.forEach((v, i) => {
				const b = v.value as { from: number }[] | null;
				if (b && b.some((x, k) => k > 0 && x.from < b[k - 1]!.from))
					problems.push({ file, path: `values[${i}].value`, message: 'expected brackets sorted by from' });
			});
	}

	for (const [id, versions] of Object.entries(rules.schemes)) {
		overlaps(versions).forEach(([i, j]) =>
			problems.push({
				file: fileOf(versions[j]!, id),
				path: 'validFrom',
				message: `expected versions that do not overlap, found an overlap with ${versions[i]!.version}`
			})
		);
		for (const s of versions) problems.push(...checkScheme(rules, s, fileOf(s, id), key));
	}
	const seen = new Set<string>();
	return problems.filter((p) => {
		const k = `${p.file}\0${p.path}\0${p.message}`;
		return seen.has(k) ? false : (seen.add(k), true);
	});
}

function overlaps(periods: { validFrom: string; validTo: string | null }[]): [number, number][] {
	const out: [number, number][] = [];
	periods.forEach((a, i) =>
		periods.forEach((b, j) => {
			if (j <= i) return;
			if (validOn(a, b.validFrom) || validOn(b, a.validFrom)) out.push([i, j]);
		})
	);
	return out;
}

function checkScheme(
	rules: RuleSet,
	s: SchemeVersion,
	file: string,
	key: (file: string, path: string, k: string | undefined) => void
): RuleFileProblem[] {
	const problems: RuleFileProblem[] = [];
	const values = s.values ?? {};
	const add = (path: string, message: string) => problems.push({ file, path, message });
	const paramOf = (id: string): Parameter | undefined => rules.parameters[id];
	const profiles = Object.values(rules.kommuner);
	const needOptions = rules.questionById[NEEDS_QUESTION]?.options?.map((o) => o.value) ?? [];
	s.needs?.forEach((n, i) => {
		if (n === CHECK_EVERYTHING || !needOptions.includes(n))
			add(
				`needs[${i}]`,
				`expected a need the question "${NEEDS_QUESTION}" offers (${needOptions.filter((o) => o !== CHECK_EVERYTHING).join(', ')}), found "${n}"`
			);
	});

	const unitOfValue = new Map<string, string | undefined>();
	const unitOf = (e: Expr, path: string): string | undefined => {
		if (e === null || typeof e !== 'object') return undefined;
		const [op, arg] = Object.entries(e)[0] as [string, unknown];
		if (op === 'param') return paramOf(arg as string)?.unit;
		if (op === 'ref') return unitOfValue.get(arg as string) ?? values[arg as string]?.unit;
		if (op === 'answer') return rules.questionById[arg as string]?.type === 'amount' ? 'kr/mnd' : undefined;
		if (op === 'lookup' || op === 'bracket') return unitOf((arg as Expr[])[0]!, path);
		if (op === 'round' || op === 'floor' || op === 'ceil')
			return unitOf(Array.isArray(arg) ? arg[0] : (arg as Expr), path);
		if (op === 'if') {
			const [, t, f] = arg as Expr[];
			const ut = unitOf(t!, path);
			const uf = unitOf(f!, path);
			return ut === uf ? ut : (ut ?? uf);
		}
		if (OPS_WITH_SAME_UNITS.has(op)) {
			const units = new Set((arg as Expr[]).map((x) => unitOf(x, path)).filter((u): u is string => !!u));
			if (units.size > 1)
				add(path, `expected operands of "${op}" in one unit, found ${[...units].join(' and ')}`);
			return ['+', '-', 'min', 'max', 'clamp'].includes(op) ? [...units][0] : undefined;
		}
		return undefined;
	};

	const walk = (e: unknown, path: (string | number)[]): void => {
		if (e === null || typeof e !== 'object') return;
		if (Array.isArray(e)) return e.forEach((x, i) => walk(x, [...path, i]));
		const [op, arg] = Object.entries(e)[0] as [string, unknown];
		const p = jsonPath(path);
		switch (op) {
			case 'answer':
				if (!rules.questionById[arg as string])
					add(p, `expected a question id from questions.json, found "${arg}"`);
				return;
			case 'param':
				if (!paramOf(arg as string)) add(p, `expected a parameter id from parameters/, found "${arg}"`);
				return;
			case 'ref':
				if (!Object.hasOwn(values, arg as string))
					add(p, `expected a named value of this scheme, found "${arg}"`);
				return;
			case 'profile':
				if (!profiles.some((k) => hasPath(k, arg as string)))
					add(p, `expected a path that exists in some kommune profile, found "${arg}"`);
				return;
			case 'lookup':
			case 'bracket': {
				const [t] = arg as Expr[];
				const want = op === 'lookup' ? 'table' : 'brackets';
				if (t && typeof t === 'object' && 'param' in t) {
					const prm = paramOf(t.param);
					if (prm && prm.kind !== want)
						add(`${p}.${op}[0]`, `expected a ${want} parameter, found kind ${prm.kind}`);
				}
				break;
			}
			case 'has': {
				const [x, v] = arg as [Expr, string];
				if (x && typeof x === 'object' && 'answer' in x) {
					const q = rules.questionById[x.answer];
					if (q && q.type !== 'multi') add(p, `expected a multi question for "has", found ${q.type} ${q.id}`);
					else if (q && !q.options?.some((o) => o.value === v))
						add(p, `expected an option of ${q.id}, found "${v}"`);
				}
				break;
			}
			case 'in': {
				const [x, list] = arg as [Expr, unknown[]];
				if (x && typeof x === 'object' && 'answer' in x) {
					const q = rules.questionById[x.answer];
					for (const v of list)
						if (q?.options && !q.options.some((o) => o.value === v))
							add(p, `expected an option of ${q.id}, found ${JSON.stringify(v)}`);
				}
				break;
			}
			case '==':
			case '!=': {
				const [a, b] = arg as Expr[];
				const [x, lit] = a && typeof a === 'object' ? [a, b] : [b, a];
				if (x && typeof x === 'object' && 'answer' in x && typeof lit === 'string') {
					const q = rules.questionById[x.answer];
					if (q?.options && !q.options.some((o) => o.value === lit))
						add(p, `expected an option of ${q.id}, found "${lit}"`);
				}
				break;
			}
		}
		if (OPS_WITH_SAME_UNITS.has(op)) unitOf(e as Expr, p);
		if (op === 'annuity' || op === 'payment')
			for (const [k, v] of Object.entries(arg as object)) walk(v, [...path, op, k]);
		else walk(arg, [...path, op]);
	};

	const cycle = findRefCycle(values);
	if (cycle) add('values', `expected no cycle between named values, found ${cycle.join(' → ')}`);
	for (const [name, v] of Object.entries(values)) {
		walk(v.expr, ['values', name, 'expr']);
		key(file, `values.${name}.explain`, v.explain);
		if (!cycle && v.unit) {
			const u = unitOf(v.expr, `values.${name}.expr`);
			if (u && u !== v.unit) add(`values.${name}`, `expected unit ${v.unit} (declared), found ${u}`);
			unitOfValue.set(name, v.unit);
		}
	}
	const resolvable = (n: string) => Object.hasOwn(values, n) || !!rules.questionById[n] || !!paramOf(n);
	s.criteria.forEach((c, i) => {
		if (c.when !== undefined && c.when !== null) walk(c.when, ['criteria', i, 'when']);
		walk(c.test, ['criteria', i, 'test']);
		key(file, `criteria[${i}].explain`, `${c.explain}.met`);
		key(file, `criteria[${i}].explain`, `${c.explain}.not-met`);
		(c.explainValues ?? []).forEach((n, j) => {
			if (!resolvable(n))
				add(
					`criteria[${i}].explainValues[${j}]`,
					`expected a named value, question or parameter, found "${n}"`
				);
		});
	});
	const dup = s.criteria.map((c) => c.id).filter((id, i, a) => a.indexOf(id) !== i);
	if (dup.length) add('criteria', `expected unique criterion ids, found ${dup.join(', ')} twice`);
	if (s.amount) {
		if (!Object.hasOwn(values, s.amount.result))
			add('amount.result', `expected a named value, found "${s.amount.result}"`);
		else {
			const u = values[s.amount.result]!.unit;
			if (u && u !== s.amount.unit)
				add('amount.unit', `expected the unit of ${s.amount.result} (${u}), found ${s.amount.unit}`);
		}
		s.amount.steps.forEach((n, i) => {
			if (!Object.hasOwn(values, n)) add(`amount.steps[${i}]`, `expected a named value, found "${n}"`);
			else key(file, `amount.steps[${i}]`, values[n]!.explain ?? `${s.texts}.steps.${n}`);
		});
	}
	(s.thresholds ?? []).forEach((t, i) => {
		const q = rules.questionById[t.answer];
		if (!q || (q.type !== 'amount' && q.type !== 'integer'))
			add(`thresholds[${i}].answer`, `expected an amount or integer question, found "${t.answer}"`);
		key(file, `thresholds[${i}].explain`, t.explain);
	});
	if (s.requiresProfile && !profiles.some((k) => hasPath(k, s.requiresProfile!)))
		add('requiresProfile', `expected a path present in some kommune profile, found "${s.requiresProfile}"`);
	key(file, 'texts', `${s.texts}.name`);
	return problems;
}

function hasPath(o: unknown, path: string): boolean {
	let v = o;
	for (const k of path.split('.')) {
		if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return false;
		v = (v as Record<string, unknown>)[k];
	}
	return true;
}

/** Not errors, but worth a look: questions and parameters no rule uses, criterion texts for `.unknown`. */
export function checkWarnings(rules: RuleSet, locales: Locales | undefined): RuleFileProblem[] {
	const used = JSON.stringify(Object.values(rules.schemes));
	const warnings: RuleFileProblem[] = [];
	rules.questions.forEach((q, i) => {
		// the needs question is read by the engine itself, against the schemes' `needs`
		if (q.id === NEEDS_QUESTION && used.includes('"needs":')) return;
		if (
			!used.includes(`"answer":${JSON.stringify(q.id)}`) &&
			!rules.questions.some((x) => x.settledBy === q.id)
		)
			warnings.push({
				file: rules.fileOf.get(q) ?? 'questions.json',
				path: `questions[${i}]`,
				message: `question ${q.id} is used by no scheme`
			});
	});
	for (const p of Object.values(rules.parameters))
		if (!used.includes(`"param":${JSON.stringify(p.id)}`))
			warnings.push({
				file: rules.fileOf.get(p) ?? p.id,
				path: 'id',
				message: `parameter ${p.id} is used by no scheme`
			});
	if (locales)
		for (const versions of Object.values(rules.schemes))
			for (const s of versions)
				s.criteria.forEach((c, i) => {
					if (!hasKey(locales, `${c.explain}.unknown`))
						warnings.push({
							file: rules.fileOf.get(s) ?? s.id,
							path: `criteria[${i}].explain`,
							message: `no text "${c.explain}.unknown" (shown while the criterion is unknown)`
						});
				});
	return warnings;
}

/** Every question on exactly one page, each page in a known section, checklist members yes/no with a typical answer. */
function checkPages(rules: RuleSet): RuleFileProblem[] {
	const pages = rules.pages ?? [];
	if (!pages.length) return [];
	const file = 'questions.json';
	const problems: RuleFileProblem[] = [];
	const pageOf = new Map<string, string>();
	pages.forEach((page, i) => {
		if (!rules.sections?.includes(page.section))
			problems.push({
				file,
				path: `pages[${i}].section`,
				message: `expected one of sections, found "${page.section}"`
			});
		page.questions.forEach((id, j) => {
			const path = `pages[${i}].questions[${j}]`;
			const q = rules.questionById[id];
			if (!q) problems.push({ file, path, message: `expected a question id, found "${id}"` });
			else if (page.checklist && (q.type !== 'yesno' || typeof q.typical !== 'boolean'))
				problems.push({
					file,
					path,
					message: `expected a yes/no question with a typical answer on a checklist, found ${id}`
				});
			if (pageOf.has(id))
				problems.push({ file, path, message: `question ${id} is on page ${pageOf.get(id)} already` });
			pageOf.set(id, page.id);
		});
	});
	for (const q of rules.questions)
		if (!pageOf.has(q.id))
			problems.push({ file, path: 'pages', message: `expected question ${q.id} on a page, found none` });
	return problems;
}
