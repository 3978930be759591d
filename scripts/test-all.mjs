#!/usr/bin/env node
// `npm test`: every check a change must pass, in order, then one closing line `N passed, N failed` summed over
// the unit tests (vitest), the rule cases and the end-to-end tests (Playwright), read from their reports.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
for (const f of ['reports/vitest.json', 'reports/playwright.json']) rmSync(f, { force: true });

const failures = [];
let rulePassed = 0;
let ruleFailed = 0;

function run(label, command, args) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const ok = spawnSync(command, args, { stdio: 'inherit' }).status === 0;
	console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	if (!ok) failures.push(label);
	return { ok };
}

/**
 * Steps that do not depend on each other, side by side (the machine's cores are otherwise idle while one step waits on
 * a single thread); each step's output is printed whole when it ends, so the log reads as if they ran in turn.
 */
function together(steps) {
	return Promise.all(
		steps.map(
			({ label, command, args, env = {} }) =>
				new Promise((done) => {
					const started = Date.now();
					const child = spawn(command, args, {
						env: { ...process.env, ...env },
						stdio: ['ignore', 'pipe', 'pipe']
					});
					let stdout = '';
					let output = '';
					child.stdout.on('data', (d) => ((stdout += d), (output += d)));
					child.stderr.on('data', (d) => (output += d));
					child.on('close', (code) => {
						const ok = code === 0;
						const took = ((Date.now() - started) / 1000).toFixed(1);
						console.log(
							`\n▶ ${label}: ${command} ${args.join(' ')}\n${output}${ok ? '✔' : '✘'} ${label} (${took} s)`
						);
						if (!ok) failures.push(label);
						done({ ok, stdout });
					});
				})
		)
	);
}

const npx = 'npx';
run('type check', npx, ['svelte-kit', 'sync']);
// The checks that read the sources, side by side; then the three builds, side by side (each has a working folder of
// its own, svelte.config.js; none may run beside the unit tests, whose Vite plugin writes the default one). The rule
// files get every check of `npm run rules -- check` and `coverage` in the builds (each stops on the first problem,
// named as the CLI names it); the cases run here.
const [, , , cases] = await together([
	{
		label: 'svelte-check',
		command: npx,
		args: ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']
	},
	{ label: 'format check', command: npx, args: ['prettier', '--check', '.'] },
	{
		label: 'unit tests',
		command: npx,
		args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']
	},
	{ label: 'rule cases', command: npx, args: ['tsx', 'src/tooling/rules/cli.ts', 'test'] }
]);
const [main, sub, national] = await together([
	{ label: 'build', command: npx, args: ['vite', 'build'] },
	{
		label: 'build under /boligsjekk',
		command: npx,
		args: ['vite', 'build'],
		env: { BASE_PATH: '/boligsjekk', BUILD_DIR: 'build-subpath' }
	},
	{
		label: 'build for the whole country',
		command: npx,
		args: ['vite', 'build'],
		env: { KOMMUNE: '0000', BUILD_DIR: 'build-national' }
	}
]);
const m = cases.stdout.match(/(\d+) passed, (\d+) failed/);
if (m) {
	rulePassed = Number(m[1]);
	ruleFailed = Number(m[2]);
} else if (cases.ok) {
	failures.push('rule cases (no summary line)');
}
const [built, builtSub, builtNational] = [main.ok, sub.ok, national.ok];
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
