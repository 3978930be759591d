import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../../src/lib/rules/bundled';
import { ruleSet as lean } from '../../../src/lib/rules/bundled-lean';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { evaluate } from '../../../src/lib/rules/evaluate';

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

	it('the lean one carries only the profile of the build, no list of municipalities and no sources', () => {
		expect(__KOMMUNE__).toBe('3226');
		expect(Object.keys(lean.kommuner)).toEqual(['3226']);
		expect(lean.kommuneliste).toBeUndefined();
		expect(lean.kommunegrupper).toBeUndefined();
		expect(JSON.stringify(lean.schemes)).not.toContain('"source"');
		expect(JSON.stringify(disk.schemes)).toContain('"source"');
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
