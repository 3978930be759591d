import { readFileSync } from 'node:fs';

/** The households the figures are measured on, from the tests' one set (tests/households/): id → complete answers. */
export const households = Object.fromEntries(
	['enslig-leier', 'aleneforelder-kjope', 'familie-leier'].map((id) => [
		id,
		JSON.parse(readFileSync(`tests/households/${id}.json`, 'utf8')).answers
	])
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
