import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../../src/lib/rules/bundled';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { evaluate } from '../../../src/lib/rules/evaluate';

describe('bundled rule set (import.meta.glob)', () => {
	it('holds the same files as the validated rule set on disk, without rules/schema', () => {
		const disk = loadRuleSet('rules');
		expect(ruleSet.version).toBe(disk.version);
		expect(Object.keys(ruleSet.schemes).sort()).toEqual(Object.keys(disk.schemes).sort());
		expect(ruleSet.questions.length).toBe(disk.questions.length);
		expect(Object.keys(ruleSet.kommuner)).toContain('3226');
	});

	it('evaluates without throwing', () => {
		const r = evaluate(ruleSet, {}, { date: '2026-11-26', kommune: '3226' });
		expect(r.schemes.length).toBe(Object.keys(ruleSet.schemes).length);
	});
});
