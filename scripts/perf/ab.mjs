#!/usr/bin/env node
// A paired Lighthouse comparison of two builds: each served gzipped by scripts/serve.mjs, runs alternating
// (A, B, A, B, …) on the same page, medians printed with the load average. For deciding whether a change pays.
//
// Usage: node scripts/perf/ab.mjs <buildA> <buildB> <page> [--runs 5] [--port 4290]
//   page: start | question | check | scheme | results | counselor, or a path
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { pagePath, lighthouseRun, median, waitForPort } from './pages.mjs';

const [dirA, dirB, page] = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(opt('runs', '5'));
const port = Number(opt('port', '4290'));
const path = pagePath(page);

const servers = [dirA, dirB].map((dir, i) =>
	spawn('node', ['scripts/serve.mjs', dir, String(port + i), '--gzip'], { stdio: 'ignore' })
);
try {
	await Promise.all(servers.map((_, i) => waitForPort(port + i)));
	const out = { A: [], B: [] };
	for (let r = 0; r < runs; r++)
		for (const [k, i] of [
			['A', 0],
			['B', 1]
		]) {
			const s = await lighthouseRun(`http://127.0.0.1:${port + i}${path}`);
			out[k].push(s);
			console.error(
				`${k} ${r + 1}: perf ${s.performance} LCP ${s.lcpMs} TBT ${s.tbtMs} (load ${loadavg()[0].toFixed(2)})`
			);
		}
	for (const k of ['A', 'B'])
		console.log(
			`${k} ${k === 'A' ? dirA : dirB} ${page}: median perf ${median(out[k].map((s) => s.performance))}, LCP ${median(out[k].map((s) => s.lcpMs))} ms, TBT ${median(out[k].map((s) => s.tbtMs))} ms; TBT runs ${out[k].map((s) => s.tbtMs).join(' ')}`
		);
	console.log(
		`load average ${loadavg()
			.map((x) => x.toFixed(2))
			.join(' ')}`
	);
} finally {
	for (const s of servers) s.kill();
}
