#!/usr/bin/env node
// The main thread's tasks during a page load, by the CPU time each took (a Chromium trace's thread time, which a
// busy machine does not inflate as it does wall-clock time and Lighthouse's figures), builds side by side.
// Per run: the main thread's CPU time, the tasks' blocking time at 4× CPU (Σ max(0, 4 × task − 50 ms), what TBT
// would be on a phone four times slower), the largest tasks; then the medians.
//
// Usage: node scripts/perf/tasks.mjs <page> <build> [<build> …] [--runs 7] [--port 4410] [--detail]
//   page: start | question | check | scheme | results | counselor, or a path
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { LAUNCH_ARGS, median, pagePath, waitForPort } from './pages.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const runs = Number(opt('runs', '7'));
const port = Number(opt('port', '4410'));
const detail = args.includes('--detail') && args.splice(args.indexOf('--detail'), 1);
const [page, ...dirs] = args;
const path = pagePath(page);

const servers = dirs.map((dir, i) =>
	spawn('node', ['scripts/serve.mjs', dir, String(port + i), '--gzip'], { stdio: 'ignore' })
);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: LAUNCH_ARGS
});

/** One load: the page's main thread found by its ParseHTML, its top-level tasks' thread times in ms. */
async function load(origin) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	const events = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
	const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
	await cdp.send('Tracing.start', {
		traceConfig: {
			includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline']
		},
		transferMode: 'ReportEvents'
	});
	await tab.goto(origin + path);
	await tab.waitForTimeout(3500);
	await cdp.send('Tracing.end');
	await complete;
	await context.close();
	const parse = events.find(
		(e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url).startsWith(origin)
	);
	if (!parse) throw new Error(`no ParseHTML of ${origin}${path} in the trace`);
	const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X';
	const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask');
	const inner = detail ? events.filter((e) => onMain(e) && e.name !== 'RunTask') : [];
	return tasks.map((task) => ({
		ms: (task.tdur ?? 0) / 1000,
		what: inner
			.filter(
				(e) =>
					e.ts >= task.ts &&
					e.ts + (e.dur ?? 0) <= task.ts + task.dur &&
					e.name !== 'ThreadControllerImpl::RunTask'
			)
			.map((e) => `${e.name} ${String(e.args?.data?.url ?? '').replace(/^.*\//, '')}`.trim())
	}));
}

try {
	await Promise.all(dirs.map((_, i) => waitForPort(port + i)));
	const figures = dirs.map(() => []);
	for (let r = 0; r < runs; r++)
		for (const [i, dir] of dirs.entries()) {
			const tasks = await load(`http://127.0.0.1:${port + i}`);
			const cpu = tasks.reduce((s, t) => s + t.ms, 0);
			const blocking = tasks.reduce((s, t) => s + Math.max(0, 4 * t.ms - 50), 0);
			const largest = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 5);
			figures[i].push({ cpu, blocking });
			console.log(
				`${dir} ${r + 1}: CPU ${cpu.toFixed(0)} ms, blocking at 4× ${blocking.toFixed(0)} ms, largest tasks ${largest.map((t) => t.ms.toFixed(0)).join(' ')} ms`
			);
			if (detail)
				for (const t of largest)
					console.log(`   ${t.ms.toFixed(0)} ms: ${[...new Set(t.what)].slice(0, 6).join(', ')}`);
		}
	for (const [i, dir] of dirs.entries())
		console.log(
			`${dir} ${page}: median CPU ${median(figures[i].map((f) => f.cpu)).toFixed(0)} ms, blocking at 4× ${median(figures[i].map((f) => f.blocking)).toFixed(0)} ms (runs ${figures[i].map((f) => f.blocking.toFixed(0)).join(' ')})`
		);
} finally {
	await browser.close();
	for (const s of servers) s.kill();
}
