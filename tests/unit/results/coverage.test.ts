import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { hasKey, parametersOf } from '$lib/results';

const rules = loadRuleSet('rules', { validate: false });
const langs = ['nb', 'nn', 'en'] as const;
const read = (lang: string, ns: string): Record<string, unknown> => {
	try {
		return JSON.parse(readFileSync(join(process.cwd(), 'src/lib/i18n/locales', lang, `${ns}.json`), 'utf8'));
	} catch {
		return {};
	}
};

describe.each(langs)('labels the result and "Slik vurderer vi" pages need, in %s', (lang) => {
	const messages = { results: read(lang, 'results'), schemes: read(lang, 'schemes') };

	it('names every scheme (rule text or fallback)', () => {
		for (const id of Object.keys(rules.schemes)) {
			const has = hasKey(messages, `schemes.${id}.name`) || hasKey(messages, `results.schemeNames.${id}`);
			expect(has, `${lang}: no name for scheme ${id}`).toBe(true);
		}
	});

	it('names every calculation step (rule text or fallback)', () => {
		for (const versions of Object.values(rules.schemes))
			for (const def of versions)
				for (const step of def.amount?.steps ?? []) {
					const has =
						hasKey(messages, `${def.texts}.steps.${step}`) || hasKey(messages, `results.steps.${step}`);
					expect(has, `${lang}: no name for step ${def.id}.${step}`).toBe(true);
				}
	});

	it('names every parameter a scheme reads', () => {
		for (const versions of Object.values(rules.schemes))
			for (const def of versions)
				for (const id of parametersOf(def))
					expect(hasKey(messages, `results.params.${id}.name`), `${lang}: no name for parameter ${id}`).toBe(
						true
					);
	});

	it('names who decides', () => {
		for (const versions of Object.values(rules.schemes))
			for (const def of versions)
				expect(hasKey(messages, `results.decidedBy.${def.decidedBy}`), `${lang}: ${def.decidedBy}`).toBe(
					true
				);
	});
});
