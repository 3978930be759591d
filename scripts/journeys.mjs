#!/usr/bin/env node
// `npm run journeys`: walks every household in tests/households/ from the start page to the result in Chromium
// against the built site (a 390 × 844 phone), checks the outcomes and amounts against the rules engine, and prints
// pages and fields per household (also in reports/journeys.json). `--no-build` reuses build/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (!process.argv.includes('--no-build') || !existsSync('build')) {
	if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
}
if (run('node', ['scripts/ensure-chromium.mjs']) !== 0) process.exit(1);
const status = run('npx', ['playwright', 'test', '--config', 'tests/e2e/journeys.config.ts']);

if (existsSync('reports/journeys.json')) {
	const { date, journeys } = JSON.parse(readFileSync('reports/journeys.json', 'utf8'));
	const pages = journeys.map((j) => j.questionPages.length).sort((a, b) => a - b);
	const mid = pages.length >> 1;
	const median = pages.length % 2 ? pages[mid] : (pages[mid - 1] + pages[mid]) / 2;
	console.log(`\nJourneys on ${date} (question pages between the start page and the check page)\n`);
	console.log('household                     lang  pages  in all  fields  results page height (390 px wide)');
	for (const j of journeys) {
		console.log(
			`${j.household.padEnd(29)} ${j.lang.padEnd(4)} ${String(j.questionPages.length).padStart(5)}  ${String(j.pagesInAll).padStart(6)}  ${String(j.fields).padStart(6)}  ${j.resultsHeight} px`
		);
	}
	console.log(`\nmedian ${median}, max ${pages.at(-1)} question pages (goal: median ≤ 10, none over 16)`);
}
process.exit(status);
