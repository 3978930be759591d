import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../../../src/tooling/rules/cli';

describe('rules/schema/*.json', () => {
	it.each(['questions', 'parameter', 'scheme', 'kommune', 'answers', 'case'])(
		'%s.json equals the schema generated from schema.ts (run `npm run rules -- schema` when this fails)',
		(name) => {
			const fresh = jsonSchemas()[name];
			expect(fresh).toBeDefined();
			expect(JSON.parse(readFileSync(`rules/schema/${name}.json`, 'utf8'))).toEqual(fresh);
		}
	);
});
