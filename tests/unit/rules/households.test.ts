import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../../src/lib/rules/schema';
import { runCase } from '../../../src/tooling/rules/cases';
import { loadRuleSet } from '../../../src/tooling/rules/node';

// tests/households/: the households the end-to-end journeys walk (tests/e2e/journeys.spec.ts), each a rule case:
// on its date the rules give the outcomes and amounts it names.
const rules = loadRuleSet('rules', { validate: false });
const files = readdirSync('tests/households').filter((f) => f.endsWith('.json'));

describe('tests/households', () => {
	it('holds households', () => expect(files.length).toBeGreaterThan(0));

	it.each(files)('%s: a rule case the rules pass on its date', (file) => {
		const household = caseSchema.parse(JSON.parse(readFileSync(`tests/households/${file}`, 'utf8')));
		expect(`${household.id}.json`).toBe(file);
		expect(runCase(rules, household)).toEqual([]);
	});
});
