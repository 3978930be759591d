// The rule set version names what the rules decide, not their notes: files without them have the same version. (The
// browser builds drop more keys to save bytes, but take the version of the files as they are: bundled.test.ts.)
import { describe, expect, it } from 'vitest';
import { buildRuleSet } from '../../../src/lib/rules/ruleset';
import { readRuleFiles } from '../../../src/tooling/rules/node';
import { LEAN, NOTES, stripKeys } from '../../../src/tooling/vite/rules-client.js';

const files = readRuleFiles('rules');
const stripped = (drop: Set<string>) =>
	Object.fromEntries(Object.entries(files).map(([path, data]) => [path, stripKeys(data, drop)]));

describe('rule set version in the browser builds', () => {
	it('is the same for the files as they are and without notes', () => {
		expect(buildRuleSet(stripped(NOTES)).version).toBe(buildRuleSet(files).version);
	});

	it('leaves the municipality profiles’ notes, web hosts and what no page reads out of the lean files', () => {
		const profile = Object.entries(stripped(LEAN)).find(([p]) => /kommuner\/3226-/.test(p))?.[1];
		expect(profile).toMatchObject({ kommunenummer: '3226', kontakter: expect.any(Array) });
		expect(profile).not.toHaveProperty('tilbyrNote');
		expect(profile).not.toHaveProperty('bostotte.kontorNote');
		expect(profile).not.toHaveProperty('nettsteder');
		// what the rules read stays, what no page reads goes
		expect(profile).toHaveProperty('lokaleRegler.startlan.svakTilknytningKanGiAvslag', true);
		expect(profile).not.toHaveProperty('lokaleRegler.startlan.frister');
		expect(profile).not.toHaveProperty('startlan.saksbehandler');
	});

	it('changes when what the rules decide changes', () => {
		const changed = structuredClone(files);
		const key = Object.keys(changed).find((p) => /kommuner\/3226-/.test(p))!;
		(changed[key] as { startlan: { rentepaslag: number } }).startlan.rentepaslag = 0.5;
		expect(buildRuleSet(changed).version).not.toBe(buildRuleSet(files).version);
	});
});
