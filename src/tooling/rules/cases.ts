import type { CaseFile } from '../../lib/rules/schema';
import type { RuleSet } from '../../lib/rules/ruleset';
import { evaluate } from '../../lib/rules/evaluate';
import { findThresholds } from '../../lib/rules/thresholds';
import { checkAnswer } from '../../lib/rules/answers';

/** Runs one case file; returns the failures as "scheme: what: expected …, actual …" lines (empty = passed). */
export function runCase(rules: RuleSet, c: CaseFile): string[] {
	const failures: string[] = [];
	for (const [id, v] of Object.entries(c.answers)) {
		const q = rules.questionById[id];
		const msg = q ? checkAnswer(q, v) : 'unknown question';
		if (msg) failures.push(`answers.${id}: ${msg}`);
	}
	if (failures.length) return failures;
	const wantThresholds = Object.values(c.expect).some((e) => e.threshold);
	const result = evaluate(rules, c.answers, {
		date: c.date,
		kommune: c.kommune,
		thresholds: wantThresholds ? findThresholds : undefined,
		values: true
	});
	for (const [scheme, exp] of Object.entries(c.expect)) {
		const r = result.schemes.find((s) => s.scheme === scheme);
		if (!r) {
			failures.push(`${scheme}: no such scheme in the result`);
			continue;
		}
		const tol = exp.tolerance ?? 0;
		const near = (a: number | null | undefined, b: number, t = tol) =>
			typeof a === 'number' && Math.abs(a - b) <= t + 1e-9;
		const fail = (what: string, expected: unknown, actual: unknown) =>
			failures.push(
				`${scheme}: ${what}: expected ${JSON.stringify(expected)}, actual ${JSON.stringify(actual)}`
			);
		if (exp.outcome && exp.outcome !== r.outcome) fail('outcome', exp.outcome, r.outcome);
		if (exp.amountMonthly !== undefined) {
			const a = r.amount?.value;
			const monthly = typeof a === 'number' && r.amount?.unit === 'kr/år' ? a / 12 : a;
			if (!near(monthly, exp.amountMonthly)) fail('amountMonthly', exp.amountMonthly, monthly ?? null);
		}
		if (exp.amount !== undefined) {
			const a = r.amount?.value ?? null;
			if (exp.amount === null ? a !== null : !near(a, exp.amount)) fail('amount', exp.amount, a);
		}
		for (const [id, want] of Object.entries(exp.criteria ?? {})) {
			const got = r.criteria.find((k) => k.id === id)?.result ?? 'absent';
			if (got !== want) fail(`criteria.${id}`, want, got);
		}
		for (const [name, want] of Object.entries(exp.values ?? {})) {
			const got = r.values?.[name];
			if (!near(typeof got === 'number' ? got : null, want)) fail(`values.${name}`, want, got ?? null);
		}
		if (exp.threshold) {
			const t = r.thresholds.find((x) => x.answer === exp.threshold!.answer);
			if (!near(t?.value, exp.threshold.value, exp.threshold.tolerance ?? tol))
				fail(`threshold.${exp.threshold.answer}`, exp.threshold.value, t?.value ?? null);
		}
		if (exp.missing) {
			const got = [...r.missing].sort();
			const want = [...exp.missing].sort();
			if (got.join() !== want.join()) fail('missing', want, got);
		}
	}
	return failures;
}
