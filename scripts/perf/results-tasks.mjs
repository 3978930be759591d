// The results page's main-thread long tasks from navigation until the results are on screen, with Chromium's CPU
// throttled 4× (CDP), for a few builds side by side (issue 19, item 8: does deferred mounting or the ICU warm-up
// worker still buy anything on the summary-first page?). Blocking time = Σ (task − 50 ms) over long tasks.
// Usage: node scripts/perf/results-tasks.mjs <build dir>[,<build dir>…] [runs=7] [port=4492]
import { spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { households, savedSession } from './session.mjs';

const dirs = (process.argv[2] ?? 'build').split(',');
const runs = Number(process.argv[3] ?? 7);
const port = Number(process.argv[4] ?? 4492);
const session = JSON.stringify(savedSession(households['single parent buying']));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const rows = Object.fromEntries(dirs.map((d) => [d, []]));
const servers = dirs.map((d, i) =>
	spawn('node', ['scripts/serve.mjs', d, String(port + i), '/'], { stdio: 'ignore' })
);
await new Promise((r) => setTimeout(r, 1000));
try {
	// Alternating builds run by run, so a busy moment on the shared machine hits them alike.
	for (let run = 0; run < runs; run++)
		for (const [i, dir] of dirs.entries()) {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.addInitScript((text) => {
				sessionStorage.setItem('boligsjekk:svar', text);
				window.__tasks = [];
				new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => e.duration))).observe(
					{
						type: 'longtask',
						buffered: true
					}
				);
			}, session);
			await page.goto(`http://127.0.0.1:${port + i}/nb/resultat/`);
			await page.waitForSelector('main[data-results="complete"]');
			await page.waitForTimeout(1500);
			const m = await page.evaluate(() => ({
				tasks: window.__tasks,
				complete: performance.now()
			}));
			rows[dir].push({
				tbt: Math.round(m.tasks.reduce((s, d) => s + Math.max(0, d - 50), 0)),
				longest: Math.round(Math.max(0, ...m.tasks)),
				count: m.tasks.length
			});
			await context.close();
		}
} finally {
	await browser.close();
	for (const s of servers) s.kill();
}
for (const [dir, r] of Object.entries(rows))
	console.log(
		JSON.stringify({
			build: dir,
			runs: r.length,
			blockingMedian: median(r.map((x) => x.tbt)),
			longestMedian: median(r.map((x) => x.longest)),
			longTasksMedian: median(r.map((x) => x.count)),
			blocking: r.map((x) => x.tbt)
		})
	);
