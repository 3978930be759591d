#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, then one closing line `N passed, N failed` summed over
// the unit tests (vitest), the rule cases and the end-to-end tests (Playwright), read from their reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
for (const f of ['reports/vitest.json', 'reports/playwright.json']) rmSync(f, { force: true });

const failures = [];
let rulePassed = 0;
let ruleFailed = 0;

function run(label, command, args, { env = {}, capture = false } = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, {
		stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
		env: { ...process.env, ...env },
		encoding: 'utf8'
	});
	if (capture) process.stdout.write(result.stdout ?? '');
	const ok = result.status === 0;
	console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	if (!ok) failures.push(label);
	return { ok, stdout: result.stdout ?? '' };
}

const npx = 'npx';
run('type check', npx, ['svelte-kit', 'sync']);
run('svelte-check', npx, ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
run('format check', npx, ['prettier', '--check', '.']);
run('unit tests', npx, [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=reports/vitest.json'
]);

// The rule files get every check of `npm run rules -- check` and `coverage` in the build below (it stops on the
// first problem, each named as the CLI names it); the cases run here.
if (existsSync('src/tooling/rules/cli.ts')) {
	const cases = run('rule cases', npx, ['tsx', 'src/tooling/rules/cli.ts', 'test'], { capture: true });
	const m = cases.stdout.match(/(\d+) passed, (\d+) failed/);
	if (m) {
		rulePassed = Number(m[1]);
		ruleFailed = Number(m[2]);
	} else if (cases.ok) {
		failures.push('rule cases (no summary line)');
	}
}

const built = run('build', npx, ['vite', 'build']).ok;
const builtSub = run('build under /boligsjekk', npx, ['vite', 'build'], {
	env: { BASE_PATH: '/boligsjekk', BUILD_DIR: 'build-subpath' }
}).ok;
const builtNational = run('build for the whole country', npx, ['vite', 'build'], {
	env: { KOMMUNE: '0000', BUILD_DIR: 'build-national' }
}).ok;
if (built) run('size budgets', 'node', ['scripts/size.mjs', '--check']);
// the national build's question pages carry the municipality list too
if (builtNational)
	run('size budgets, national build', 'node', ['scripts/size.mjs', 'build-national', '--check']);

if (built && builtSub && builtNational) {
	if (run('chromium', 'node', ['scripts/ensure-chromium.mjs']).ok) {
		run('end-to-end tests', npx, ['playwright', 'test']);
	}
} else {
	failures.push('end-to-end tests (not run: build failed)');
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const vitest = readJson('reports/vitest.json');
const playwright = readJson('reports/playwright.json');
const unitPassed = vitest?.numPassedTests ?? 0;
const unitFailed = vitest?.numFailedTests ?? 0;
const e2ePassed = (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const e2eFailed = playwright?.stats?.unexpected ?? 0;

// A failed step that is not itself a test suite (type check, format, build, budgets) counts as one failure.
const suites = ['unit tests', 'rule cases', 'end-to-end tests'];
const stepFailures = failures.filter((f) => !suites.includes(f)).length;
const passed = unitPassed + rulePassed + e2ePassed;
const failed = unitFailed + ruleFailed + e2eFailed + stepFailures;

console.log('\nSummary');
console.log(`  unit tests (vitest):      ${unitPassed} passed, ${unitFailed} failed`);
console.log(`  rule cases (tests/cases): ${rulePassed} passed, ${ruleFailed} failed`);
console.log(`  end-to-end (Playwright):  ${e2ePassed} passed, ${e2eFailed} failed`);
if (failures.length) console.log(`  failed steps: ${failures.join('; ')}`);
if (passed === 0) console.log('  no test ran');

const exitCode = failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0;
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
