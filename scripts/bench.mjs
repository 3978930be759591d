// npm run bench: rules engine speed (real rule set, or the fixture when it is missing) against a hand-written
// bostøtte function and json-rules-engine, plus fast-check properties over ≥ 100 000 runs.
// Writes the figures to bench-results.json under the key "engine" (other keys are kept).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(
	join(root, 'node_modules/.bin/tsx'),
	[join(root, 'scripts/bench/run.ts'), ...process.argv.slice(2)],
	{
		cwd: root,
		stdio: 'inherit'
	}
);
process.exit(r.status ?? 1);
