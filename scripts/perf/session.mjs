import { readFileSync } from 'node:fs';

/** Complete answer sets, as a journey through every question leaves them (shared with tests/e2e/results-first.spec.ts). */
export const households = JSON.parse(readFileSync('tests/e2e/households/households.json', 'utf8'));

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
