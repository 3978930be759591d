// What the bench and the paired comparisons measure: one page per type, one Lighthouse run (default mobile
// config: simulated slow 4G and 4× CPU) in Debian Chromium.
import { connect } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { deflateSync } from 'fflate';
import { households } from './session.mjs';

export const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** `1.` + base64url(deflate(JSON {a})), the share-link payload of src/lib/handover/link.ts. */
export function sharePayload(answers) {
	const bytes = deflateSync(new TextEncoder().encode(JSON.stringify({ a: answers })), { level: 9 });
	return `1.${Buffer.from(bytes).toString('base64url')}`;
}

export const PAGES = {
	start: '/nb/',
	question: '/nb/sporsmal/boform/',
	check: '/nb/svar/',
	scheme: '/nb/ordninger/bostotte/',
	results: `/nb/resultat/#svar=${sharePayload(households['enslig-leier'])}`,
	counselor: '/nb/veileder/'
};

export const pagePath = (page) => PAGES[page] ?? page;

export function median(xs) {
	const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
	return s.length ? s[Math.floor(s.length / 2)] : null;
}

export async function waitForPort(port) {
	for (let i = 0; i < 100; i++) {
		const ok = await new Promise((done) => {
			const s = connect(port, '127.0.0.1', () => (s.end(), done(true)));
			s.on('error', () => done(false));
		});
		if (ok) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`nothing listens on ${port}`);
}

/** One Lighthouse run: performance score, LCP and TBT (ms, rounded). */
export async function lighthouseRun(url) {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', ...LAUNCH_ARGS],
		logLevel: 'silent'
	});
	try {
		const { lhr } = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		const ms = (id) => Math.round(lhr.audits[id].numericValue);
		return {
			performance: Math.round(lhr.categories.performance.score * 100),
			lcpMs: ms('largest-contentful-paint'),
			tbtMs: ms('total-blocking-time'),
			error: lhr.runtimeError?.message ?? null
		};
	} finally {
		await chrome.kill();
	}
}
