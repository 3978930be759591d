import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { perfStats } from './scripts/perf/stats-plugin.js';
import { nationalName } from './src/tooling/vite/national-name.js';
import { rulesChecked, rulesForClient } from './src/tooling/vite/rules-client.js';

const kommune = process.env.KOMMUNE ?? '3226';
if (!/^\d{4}$/.test(kommune)) {
	throw new Error(`KOMMUNE must be a four-digit kommunenummer, e.g. KOMMUNE=3226 (got "${kommune}")`);
}

export default defineConfig({
	// rulesChecked: the rule files pass every check of `npm run rules -- check` and `coverage`, or nothing is built.
	// perfStats: which modules went into which client chunk, for `npm run size` (written to .svelte-kit/perf/,
	// never into the build).
	plugins: [
		rulesChecked(),
		rulesForClient({ kommune }),
		nationalName({ national: kommune === '0000' }),
		sveltekit(),
		perfStats()
	],
	define: { __KOMMUNE__: JSON.stringify(kommune) },
	// Every page with JavaScript needs the whole Svelte/SvelteKit runtime; left to itself the bundler spreads it
	// over half a dozen chunks, each a request of its own on a slow connection. One chunk costs no page a byte. The small
	// modules every such page loads too (Vite's preload helper, format.ts, languages.ts) join it: 0.4–0.7 KB gzip less a page.
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'runtime',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|clsx|esm-env)[\\/]|vite[\\/]preload-helper|rolldown[\\/]runtime|src[\\/]lib[\\/](format|i18n[\\/]languages)\.ts$/
						}
					]
				}
			}
		}
	},
	server: { fs: { allow: ['rules'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		reporters: ['default'],
		// the property tests and the whole-rule-set checks take a few seconds on a quiet 2-core machine and several
		// times that on a loaded one; a time-out here is a hang guard, not a speed goal (those live in npm run bench)
		testTimeout: 60_000,
		// vitest's default leaves one core to its main process: on the 2-core CI machine, one worker for 44 files
		maxWorkers: availableParallelism(),
		// the files of a worker share their imports (the rule set, the engine, zod, i18next) instead of loading them again
		// for each file: 24 → 13 s on the 2-core machine. A test file leaves global state as it found it (spies restored).
		isolate: false
	}
});
