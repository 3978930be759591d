import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { jsonSchemas } from '../../../src/tooling/rules/cli';

const generated = jsonSchemas();
const onDisk = readdirSync('rules/schema')
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.slice(0, -'.json'.length))
	.sort();

describe('rules/schema/*.json', () => {
	it('holds one file per schema in schema.ts, no more, no fewer (`npm run rules -- schema` writes them)', () => {
		expect(onDisk).toEqual(Object.keys(generated).sort());
	});

	it.each(onDisk)(
		'%s.json equals the schema generated from schema.ts (run `npm run rules -- schema` when this fails)',
		(name) => {
			expect(JSON.parse(readFileSync(`rules/schema/${name}.json`, 'utf8'))).toEqual(generated[name]);
		}
	);
});
