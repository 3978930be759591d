#!/usr/bin/env node
// The counselor page's cost of a keystroke, as INP sees it: a single renter's rent typed into the counselor form
// (/nb/veileder/) key by key, with the CPU throttled 4× through CDP. The page's Event Timing entries
// (PerformanceObserver 'event', durationThreshold 16) give each key's input → next paint; a key without an entry
// took under 16 ms. Also how long after the last key bostøtte's amount shows the new answer (a MutationObserver;
// null when it changes only on Enter). The rent typed, 8 000 kr after 800 kr, changes the amount with the last key.
//
// Usage: node scripts/perf/keystroke.mjs <base url> [<base url B>] [--rate 4] [--runs 3]   (prints JSON)
// With two builds the runs alternate (A, B, A, B, …); B's medians are under `B`.
import { loadavg } from 'node:os';
import { chromium } from 'playwright';
import { LAUNCH_ARGS, median } from './pages.mjs';
import { households, savedSession } from './session.mjs';

const opt = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : fallback;
};
const given = process.argv.slice(2).filter((a) => /^https?:/.test(a));
const bases = (given.length ? given : ['http://127.0.0.1:4290']).map((a) => a.replace(/\/$/, ''));
const rate = Number(opt('rate', '4'));
const runs = Number(opt('runs', '3'));
const TYPED = '8000';

async function once(browser, base) {
	const page = await browser.newPage();
	await page.addInitScript(
		(text) => {
			sessionStorage.setItem('boligsjekk:svar', text);
			window.__keys = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					if (e.interactionId)
						window.__keys.push({ id: e.interactionId, name: e.name, duration: e.duration });
			}).observe({ type: 'event', durationThreshold: 16, buffered: true });
		},
		JSON.stringify(savedSession(households['enslig-leier']))
	);
	await page.goto(`${base}/nb/veileder/`);
	const amount = page.locator('[data-live-result="bostotte"]');
	await amount.waitFor();
	await page.locator('html[data-hydrated="true"]').waitFor();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	const field = page.locator('#q-husleie_maned');
	await field.click();
	await field.press('Control+a');
	await page.evaluate(() => {
		window.__keys.length = 0;
		window.__amountAt = null;
		addEventListener('keydown', (e) => (window.__lastKeyAt = e.timeStamp), true);
		new MutationObserver(() => (window.__amountAt = performance.now())).observe(
			document.querySelector('[data-live-result="bostotte"]'),
			{ attributeFilter: ['data-amount-monthly'] }
		);
	});
	for (const key of TYPED) {
		await page.keyboard.press(key);
		await page.waitForTimeout(250);
	}
	await page.waitForTimeout(500);
	const typed = await page.evaluate(() => ({
		keys: window.__keys,
		amountAfterLastKeyMs:
			window.__amountAt === null || window.__amountAt < window.__lastKeyAt
				? null
				: window.__amountAt - window.__lastKeyAt
	}));
	// Enter: where a form reads the field only when it is left or confirmed, this is when the results change.
	await page.evaluate(() => (window.__keys.length = 0));
	await page.keyboard.press('Enter');
	await page.waitForTimeout(800);
	const enter = await page.evaluate(() => window.__keys);
	await page.close();
	const worst = (entries) => {
		const by = new Map();
		for (const e of entries) by.set(e.id, Math.max(by.get(e.id) ?? 0, e.duration));
		return [...by.values()];
	};
	const perKey = worst(typed.keys);
	return {
		keysOver16ms: perKey.length,
		worstKeyMs: perKey.length ? Math.max(...perKey) : 0,
		enterMs: Math.max(0, ...worst(enter)),
		amountAfterLastKeyMs: typed.amountAfterLastKeyMs === null ? null : Math.round(typed.amountAfterLastKeyMs)
	};
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: LAUNCH_ARGS
});
try {
	const all = bases.map(() => []);
	for (let i = 0; i < runs; i++)
		for (const [b, base] of bases.entries()) all[b].push(await once(browser, base));
	const summary = (r) => ({
		medianWorstKeyMs: median(r.map((x) => x.worstKeyMs)),
		medianEnterMs: median(r.map((x) => x.enterMs)),
		medianAmountAfterLastKeyMs: median(r.map((x) => x.amountAfterLastKeyMs)),
		runs: r
	});
	console.log(
		JSON.stringify({
			cpuThrottling: rate,
			typed: TYPED,
			keys: TYPED.length,
			loadAverage: loadavg().map((x) => +x.toFixed(2)),
			...summary(all[0]),
			...(bases[1] && { B: { base: bases[1], ...summary(all[1]) } })
		})
	);
} finally {
	await browser.close();
}
