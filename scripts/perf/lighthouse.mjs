#!/usr/bin/env node
// One Lighthouse run (lighthouse 12.8.2, the newest that runs on Node 20; 13.x needs Node >= 22.19) against a URL,
// with Lighthouse's default config: mobile emulation (Moto G Power class screen) and simulated throttling (slow 4G,
// 4× CPU). Debian Chromium is started by chrome-launcher. Prints (or writes with --out) a small JSON summary.
//
// Usage: node scripts/perf/lighthouse.mjs <url> [--out file.json] [--report file.html]
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const url = process.argv[2];
if (!url) {
	console.error('usage: node scripts/perf/lighthouse.mjs <url> [--out file.json] [--report file.html]');
	process.exit(2);
}
const opt = (name) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : null;
};

const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	chromeFlags: FLAGS,
	logLevel: 'silent'
});
try {
	const result = await lighthouse(url, {
		port: chrome.port,
		logLevel: 'error',
		output: opt('report') ? 'html' : 'json',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	if (!result) throw new Error('Lighthouse returned no result');
	const lhr = result.lhr;
	const audit = (id) => lhr.audits[id];
	const failing = (category) =>
		lhr.categories[category].auditRefs
			.filter((r) => r.weight > 0 && audit(r.id).score !== null && audit(r.id).score < 1)
			.map((r) => ({ id: r.id, score: audit(r.id).score, title: audit(r.id).title }));
	const summary = {
		url,
		finalUrl: lhr.finalDisplayedUrl,
		lighthouseVersion: lhr.lighthouseVersion,
		formFactor: lhr.configSettings.formFactor,
		throttlingMethod: lhr.configSettings.throttlingMethod,
		runtimeError: lhr.runtimeError?.message ?? null,
		// Lighthouse's own measure of the host CPU during this run (higher is faster; it warns below 1000): with
		// simulated throttling every observed task is multiplied by 4, so a busy host scores lower.
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
		warnings: lhr.runWarnings,
		scores: Object.fromEntries(
			['performance', 'accessibility', 'best-practices'].map((c) => [
				c,
				lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100)
			])
		),
		metrics: {
			fcpMs: audit('first-contentful-paint').numericValue,
			lcpMs: audit('largest-contentful-paint').numericValue,
			tbtMs: audit('total-blocking-time').numericValue,
			cls: audit('cumulative-layout-shift').numericValue,
			speedIndexMs: audit('speed-index').numericValue,
			totalBytes: audit('total-byte-weight').numericValue
		},
		lcpElement:
			audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
		textCompression: audit('uses-text-compression')?.score ?? null,
		failing: {
			performance: failing('performance'),
			accessibility: failing('accessibility'),
			'best-practices': failing('best-practices')
		},
		largestRequests: (audit('network-requests')?.details?.items ?? [])
			.map((r) => ({ url: new URL(r.url).pathname, type: r.resourceType, transferSize: r.transferSize }))
			.sort((a, b) => b.transferSize - a.transferSize)
			.slice(0, 12),
		requestsByType: Object.fromEntries(
			(audit('resource-summary')?.details?.items ?? []).map((r) => [
				r.resourceType,
				{ requests: r.requestCount, bytes: r.transferSize }
			])
		),
		mainThreadMs: Object.fromEntries(
			(audit('mainthread-work-breakdown')?.details?.items ?? []).map((i) => [i.group, Math.round(i.duration)])
		),
		scriptBootupMs: (audit('bootup-time')?.details?.items ?? []).slice(0, 6).map((i) => ({
			url: i.url.startsWith('http') ? new URL(i.url).pathname : i.url,
			total: Math.round(i.total),
			scripting: Math.round(i.scripting)
		})),
		longTasks: (audit('long-tasks')?.details?.items ?? []).slice(0, 6).map((i) => ({
			url: i.url.startsWith('http') ? new URL(i.url).pathname : i.url,
			startTime: Math.round(i.startTime),
			duration: Math.round(i.duration)
		})),
		opportunities: Object.values(lhr.audits)
			.filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0)
			.map((a) => ({
				id: a.id,
				savingsMs: a.details.overallSavingsMs,
				savingsBytes: a.details.overallSavingsBytes
			}))
	};
	if (opt('report')) writeFileSync(opt('report'), result.report);
	const text = JSON.stringify(summary, null, 2);
	if (opt('out')) writeFileSync(opt('out'), text);
	else console.log(text);
} finally {
	await chrome.kill();
}
