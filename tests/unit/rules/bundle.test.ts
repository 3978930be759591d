import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';

describe('browser bundle of the engine', () => {
	const r = buildSync({
		entryPoints: ['src/lib/rules/index.ts'],
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		metafile: true,
		logLevel: 'silent'
	});
	const inputs = Object.keys(r.metafile!.inputs);

	it('does not pull in zod, the validator, node loading or the CLI', () => {
		expect(inputs.some((p) => p.includes('node_modules/zod'))).toBe(false);
		for (const m of ['validate.ts', 'node.ts', 'cli.ts', 'check.ts', 'schema.ts'])
			expect(inputs.filter((p) => p.endsWith(`rules/${m}`))).toEqual([]);
		expect(inputs).toContain('src/lib/rules/evaluate.ts');
	});

	it('stays small: under 12 KB gzip', () => {
		const size = gzipSync(r.outputFiles[0]!.contents).length;
		expect(size).toBeLessThan(12 * 1024);
	});
});
