import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const { answersAsked } = await tsImport('../../src/lib/rules/index.ts', import.meta.url);
const { loadRuleSet } = await tsImport('../../src/tooling/rules/node.ts', import.meta.url);
const rules = loadRuleSet('rules', { validate: false });

/**
 * The households the figures are measured on, from the tests' one set (tests/households/): id → the answers a
 * journey leaves (the file also answers questions the household is never asked).
 */
export const households = Object.fromEntries(
	['enslig-leier', 'aleneforelder-kjope', 'familie-leier'].map((id) => {
		const { answers, date, kommune } = JSON.parse(readFileSync(`tests/households/${id}.json`, 'utf8'));
		return [id, answersAsked(rules, answers, { date, kommune })];
	})
);

/** A saved session (src/lib/wizard/storage.ts, sessionStorage['boligsjekk:svar']) holding these answers. */
export const savedSession = (answers) => ({
	format: 'boligsjekk-svar',
	formatVersion: 1,
	rulesVersion: 'e2e',
	kommune: '3226',
	answers,
	raw: {},
	periods: {},
	savedAt: '2026-11-26T10:00:00.000Z',
	date: '2026-11-26'
});
