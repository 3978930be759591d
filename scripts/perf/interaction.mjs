#!/usr/bin/env node
// Interaction latency of the question journey, in Debian Chromium driven by Playwright, with the CPU throttled
// through CDP (Emulation.setCPUThrottlingRate). For every Continue click that leads to another question, the page
// itself measures, with performance.now(), from the click event's timestamp to
//   dom:   the MutationObserver callback that sees the next question's form (data-question changed), and
//   frame: the first requestAnimationFrame after that DOM update (the frame that paints the new question), and
//   paint: the end of that frame: a message-channel task posted from its requestAnimationFrame runs after the
//          frame's style, layout and paint (the usual "next paint" approximation; includes what `frame` leaves out).
// The same click on the same page when Continue only swaps texts gives the browser's own share (browserFloor).
// Also: the JS/CSS files each representative page really requests on a first visit (service worker blocked), so
// the byte figures of scripts/size.mjs can be checked against the network, and whether a share link
// (`#svar=…`, src/lib/handover/) seeds the results page.
//
// Usage: node scripts/perf/interaction.mjs --base http://127.0.0.1:4183 --lang nb [--rate 4] [--out file.json]
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { LAUNCH_ARGS, sharePayload } from './pages.mjs';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : fallback;
};
const base = arg('base', 'http://127.0.0.1:4183').replace(/\/$/, '');
const lang = arg('lang', 'nb');
const rate = Number(arg('rate', '4'));
const out = arg('out', null);
const maxSteps = Number(arg('max-steps', '80'));
const trace = process.argv.includes('--trace');

/**
 * A plausible applicant (a renting single parent with a modest income), so the journey runs through most
 * questions. Questions not listed get: yes/no → no, choice → first option, multi → last option ("none"),
 * integer → its minimum (or 1), amount → 5000 a month.
 */
const PROFILE = {
	bostotte_kommunegruppe: '3',
	boform: 'leier',
	antall_voksne: '1',
	antall_barn: '1',
	alder: '34',
	egne_barn_i_boligen: 'true',
	har_fodselsnummer: 'true',
	registrert_pa_adressen: 'true',
	ansvar_boutgifter: 'true',
	boligtype: 'leilighet_hus',
	bolig_har: ['godkjent_helars', 'egen_inngang', 'bad_wc', 'kjokken', 'hvileplass'],
	husleie_maned: '11500',
	inntekt_maned: '21000',
	kapitalinntekt_maned: '0',
	formue: '15000',
	startlan_formal: 'kjope',
	bank_svar: 'avslag',
	lovlig_opphold: 'true',
	langvarig_finansieringsproblem: 'true',
	tilknytning_kommunen: 'true',
	ar_bosatt_i_kommunen: '6',
	netto_inntekt_maned: '19000',
	levekostnader_maned: '9000',
	faste_utgifter_maned: '2500',
	bokostnader_ny_bolig_maned: '12000',
	lanebehov: '2500000',
	antall_barn_0_5: '1',
	antall_barn_6_10: '0',
	klarer_boutgiftene: 'false',
	vansker_med_bolig: 'true'
};

const MEASURE = `(() => {
	const form = document.querySelector('form[data-question]');
	const startId = form?.dataset.question;
	const startPath = location.pathname;
	window.__bsMeasure = new Promise((resolve) => {
		let t0 = null;
		document.addEventListener('click', (e) => { if (t0 === null) t0 = e.timeStamp; }, { capture: true, once: true });
		const done = () => {
			const f = document.querySelector('form[data-question]');
			const changed = f ? f.dataset.question !== startId : location.pathname !== startPath;
			if (!changed || t0 === null) return false;
			const dom = performance.now();
			mo.disconnect();
			requestAnimationFrame(() => {
				const frame = performance.now();
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					const paint = performance.now();
					resolve({ from: startId, to: f?.dataset.question ?? null, path: location.pathname, dom: dom - t0, frame: frame - t0, paint: paint - t0 });
				};
				channel.port2.postMessage(null);
			});
			return true;
		};
		const mo = new MutationObserver(done);
		mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-question'] });
	});
})()`;

async function answer(page, id) {
	const text = page.locator(`#${CSS.escape(id)}-input`);
	const want = PROFILE[id];
	if (await text.count()) {
		const amount = await page.locator(`input[name="${id}_periode"]`).count();
		const integerMin = await text.getAttribute('inputmode');
		await text.fill(want ?? (amount ? '5000' : integerMin === 'numeric' ? '1' : '1'));
		return;
	}
	const inputs = page.locator(`input[name="${id}"]`);
	const n = await inputs.count();
	if (!n) throw new Error(`no input found for question ${id}`);
	const type = await inputs.first().getAttribute('type');
	const values = await inputs.evaluateAll((els) => els.map((e) => e.value));
	if (type === 'checkbox') {
		const chosen = Array.isArray(want) ? want : [want ?? values[values.length - 1]];
		for (const v of chosen) if (values.includes(v)) await page.check(`input[name="${id}"][value="${v}"]`);
	} else {
		const v = want && values.includes(want) ? want : values.includes('false') ? 'false' : values[0];
		await page.check(`input[name="${id}"][value="${v}"]`);
	}
}

/**
 * Answers every field of a page (issue 18's grouped pages): a checklist of rare circumstances gets «Ingen av disse»
 * (`data-none`, the typical answer to each), any other field its PROFILE answer. A field shown by an answer on the
 * same page is answered too.
 */
async function answerPage(page, form) {
	const none = form.locator('[data-none]');
	if (await none.count()) {
		await none.check();
		return;
	}
	const done = new Set();
	for (;;) {
		const names = await form
			.locator('input[name], select[name], textarea[name]')
			.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')))]);
		const open = names.filter((n) => n && !n.endsWith('_periode') && !done.has(n));
		if (!open.length) return;
		for (const name of open) {
			done.add(name);
			await answer(page, name);
		}
	}
}

const CSS = { escape: (s) => s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`) };

function median(xs) {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function journey(browser) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(`${base}/${lang}/sporsmal/`);
	await page.waitForSelector('form[data-question]');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	if (trace)
		await browser.startTracing(page, {
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'v8.execute',
				'toplevel',
				'disabled-by-default-v8.cpu_profiler'
			]
		});
	const steps = [];
	let firstQuestion = null;
	let end = null;
	for (let i = 0; i < maxSteps; i++) {
		const form = page.locator('form[data-question]');
		if (!(await form.count())) {
			end = new URL(page.url()).pathname;
			break;
		}
		const id = await form.getAttribute('data-question');
		firstQuestion ??= id;
		await answerPage(page, form);
		// A real mouse click at the button's centre (CDP Input events), without Playwright's actionability checks,
		// whose DOM queries would otherwise run inside the measured window.
		const button = form.locator('button[type="submit"]');
		await button.scrollIntoViewIfNeeded();
		const box = await button.boundingBox();
		if (!box) throw new Error(`Continue button of ${id} is not visible`);
		await page.evaluate(MEASURE);
		// pressed for 80 ms, as a finger taps: the press restyles the button (:active, :focus) in frames of its own
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: 80 });
		const m = await Promise.race([
			page.evaluate(() => window.__bsMeasure),
			page.waitForTimeout(15000).then(() => null)
		]);
		if (!m) throw new Error(`Continue on ${id} did not lead anywhere within 15 s (invalid answer?)`);
		steps.push(m);
		if (!m.to) {
			await page.waitForLoadState('networkidle');
			end = new URL(page.url()).pathname;
			break;
		}
	}
	const cpu = trace
		? summariseTrace(
				JSON.parse((await browser.stopTracing()).toString('utf8')),
				steps.filter((s) => s.to)
			)
		: null;
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const saved = await page.evaluate(() => sessionStorage.getItem('boligsjekk:svar'));
	await context.close();
	return { steps, firstQuestion, end, cpu, saved: saved ? JSON.parse(saved) : null };
}

/**
 * Where the main thread's time goes between a Continue click and the next question's frame, from a Chromium
 * trace: each measured step's window starts at its click EventDispatch and lasts its measured `frame` time (same
 * order). Script = union of script tasks (FunctionCall, EvaluateScript, RunMicrotasks, FireAnimationFrame, ...),
 * which includes any style/layout it forces; style and layout are also given on their own. Medians per step, ms.
 */
function summariseTrace(traceJson, steps) {
	const events = traceJson.traceEvents ?? traceJson;
	// Continue clicks only: the clicks that ticked radios and boxes before them dispatch no submit
	const submits = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'submit');
	const clicks = events
		.filter(
			(e) =>
				e.name === 'EventDispatch' &&
				e.args?.data?.type === 'click' &&
				submits.some((s) => s.ts >= e.ts && s.ts <= e.ts + e.dur)
		)
		.sort((a, b) => a.ts - b.ts);
	const main = clicks[0] ? `${clicks[0].pid}:${clicks[0].tid}` : null;
	const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
	const scriptNames = new Set([
		'FunctionCall',
		'EvaluateScript',
		'v8.evaluateModule',
		'RunMicrotasks',
		'FireAnimationFrame',
		'TimerFire',
		'EventDispatch',
		'V8.Execute'
	]);
	const groups = {
		style: new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']),
		layout: new Set(['Layout']),
		paint: new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage', 'CompositeLayers'])
	};
	const per = { script: [], style: [], layout: [], paint: [], other: [] };
	steps.forEach((step, i) => {
		const click = clicks[i];
		if (!click) return;
		const a = click.ts;
		const b = a + step.frame * 1000;
		const inside = onMain.filter((e) => e.ts >= a && e.ts < b);
		const union = (list) => {
			const iv = list.map((e) => [e.ts, Math.min(e.ts + e.dur, b)]).sort((x, y) => x[0] - y[0]);
			let total = 0;
			let end = -Infinity;
			for (const [s, e] of iv) {
				if (e <= end) continue;
				total += e - Math.max(s, end);
				end = e;
			}
			return total / 1000;
		};
		const script = union(inside.filter((e) => scriptNames.has(e.name)));
		const style = union(inside.filter((e) => groups.style.has(e.name)));
		const layout = union(inside.filter((e) => groups.layout.has(e.name)));
		const paint = union(inside.filter((e) => groups.paint.has(e.name)));
		per.script.push(script);
		per.style.push(style);
		per.layout.push(layout);
		per.paint.push(paint);
		per.other.push(
			Math.max(0, step.frame - union(inside.filter((e) => e.name === 'RunTask' || scriptNames.has(e.name))))
		);
	});
	const round = (x) => (x === null ? null : Math.round(x * 10) / 10);

	// JS self time per script file inside the windows, from the sampling profiler's chunks in the same trace.
	const windows = steps.map((step, i) =>
		clicks[i] ? [clicks[i].ts, clicks[i].ts + step.frame * 1000] : null
	);
	const nodes = new Map();
	const perFile = new Map();
	const perFunction = new Map();
	const profileStart = new Map();
	for (const e of events) if (e.name === 'Profile') profileStart.set(e.id, e.args?.data?.startTime);
	const clock = new Map();
	for (const e of events.filter((x) => x.name === 'ProfileChunk').sort((x, y) => x.ts - y.ts)) {
		const data = e.args?.data ?? {};
		for (const n of data.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${n.id}`, n.callFrame);
		const samples = data.cpuProfile?.samples ?? [];
		const deltas = data.timeDeltas ?? [];
		let t = clock.get(e.id) ?? profileStart.get(e.id) ?? 0;
		samples.forEach((id, k) => {
			const dt = deltas[k] ?? 0;
			t += dt;
			const next = deltas[k + 1] ?? dt;
			if (!windows.some((w) => w && t >= w[0] && t < w[1])) return;
			const f = nodes.get(`${e.id}:${id}`);
			if (!f) return;
			let file = `(${f.functionName || 'native'})`;
			try {
				if (f.url) file = new URL(f.url).pathname;
			} catch {
				file = f.url;
			}
			perFile.set(file, (perFile.get(file) ?? 0) + next / 1000);
			const fn = `${f.functionName || '(anonymous)'} ${file}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
			perFunction.set(fn, (perFunction.get(fn) ?? 0) + next / 1000);
		});
		clock.set(e.id, t);
	}
	const top = (m, n) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([name, ms]) => ({ name, msPerStep: round(ms / Math.max(1, steps.length)) }));
	return {
		selfTimePerFile: top(perFile, 20),
		selfTimePerFunction: top(perFunction, 25),
		steps: per.script.length,
		medianScriptMs: round(median(per.script)),
		medianStyleMs: round(median(per.style)),
		medianLayoutMs: round(median(per.layout)),
		medianPaintMs: round(median(per.paint)),
		medianOutsideTasksMs: round(median(per.other)),
		note: 'script includes the style/layout it forces; outside tasks = idle or waiting for the next frame'
	};
}

/**
 * The browser's own share of the figure: the same first question page and the same measured click, but Continue
 * only puts other texts in the heading and labels (no validation, engine, journey, storage or Svelte). What this
 * takes is style, layout and paint of this page in this browser at this throttling, which no code of ours can
 * remove; the journey's median minus this is what our code costs.
 */
async function browserFloor(browser, path, clicks = 30) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${base}${path}`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.evaluate(() => {
		let n = 0;
		document.addEventListener(
			'submit',
			(event) => {
				event.preventDefault();
				event.stopImmediatePropagation();
				const form = event.target;
				n++;
				form.querySelector('h1').textContent =
					n % 2
						? 'Har du barn under 18 år som bor hos deg minst halvparten av tiden?'
						: 'Hvor stor er husleien?';
				for (const label of form.querySelectorAll('label'))
					label.textContent = [...label.textContent].reverse().join('');
				form.dataset.question = `floor-${n}`;
			},
			{ capture: true }
		);
	});
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	const steps = [];
	for (let i = 0; i < clicks; i++) {
		// a grouped page's Continue is below the first screen; the journey scrolls to it the same way
		const button = page.locator('form[data-question] button[type="submit"]');
		await button.scrollIntoViewIfNeeded();
		const box = await button.boundingBox();
		await page.evaluate(MEASURE);
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: 80 });
		steps.push(await page.evaluate(() => window.__bsMeasure));
	}
	await context.close();
	return {
		path,
		clicks,
		medianFrameMs: median(steps.map((s) => s.frame)),
		medianDomMs: median(steps.map((s) => s.dom)),
		medianPaintMs: median(steps.map((s) => s.paint))
	};
}

async function firstLoad(browser, path) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	// First load = what is requested before the browser first goes idle; a question page fetches the other
	// questions' texts from an idle callback, and those are listed apart.
	await page.addInitScript(() => {
		const idle = window.requestIdleCallback?.bind(window);
		if (idle)
			window.requestIdleCallback = (run, options) =>
				idle((deadline) => {
					window.__bsFirstIdle ??= performance.now();
					run(deadline);
				}, options);
	});
	await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	const finalPath = new URL(page.url()).pathname;
	const results = await page.locator('[data-scheme][data-outcome]').count();
	const { firstIdle, resources } = await page.evaluate(() => ({
		firstIdle: window.__bsFirstIdle ?? Infinity,
		resources: performance
			.getEntriesByType('resource')
			.map((e) => ({ path: new URL(e.name).pathname, at: e.startTime }))
	}));
	await context.close();
	const own = resources.filter((r) => /\.(js|css)$/.test(r.path));
	return {
		path,
		finalPath,
		files: [...new Set(own.filter((r) => r.at < firstIdle).map((r) => r.path))],
		afterStart: [...new Set(own.filter((r) => r.at >= firstIdle).map((r) => r.path))],
		resultsShown: results
	};
}

async function main() {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: LAUNCH_ARGS
	});
	try {
		const j = await journey(browser);
		const questionSteps = j.steps.filter((s) => s.to);
		const result = {
			lang,
			cpuThrottling: rate,
			firstQuestion: j.firstQuestion,
			journeyEnd: j.end,
			questionsAnswered: j.steps.length,
			questionToQuestion: questionSteps.length,
			medianFrameMs: median(questionSteps.map((s) => s.frame)),
			medianDomMs: median(questionSteps.map((s) => s.dom)),
			medianPaintMs: median(questionSteps.map((s) => s.paint)),
			maxFrameMs: questionSteps.length ? Math.max(...questionSteps.map((s) => s.frame)) : null,
			lastStep: j.steps.find((s) => !s.to) ?? null,
			steps: j.steps,
			mainThread: j.cpu,
			browserFloor: j.firstQuestion
				? await browserFloor(browser, `/${lang}/sporsmal/${j.firstQuestion}/`)
				: null,
			answers: j.saved?.answers ?? null
		};
		const pages = [`/${lang}/`];
		if (j.firstQuestion) pages.push(`/${lang}/sporsmal/${j.firstQuestion}/`);
		pages.push(`/${lang}/svar/`, `/${lang}/resultat/`, `/${lang}/veileder/`);
		result.network = [];
		for (const p of pages) result.network.push(await firstLoad(browser, p));
		if (result.answers) {
			result.sharePath = `/${lang}/resultat/#svar=${sharePayload(result.answers)}`;
			const seeded = await firstLoad(browser, result.sharePath);
			result.shareLinkSeedsResults = seeded.resultsShown > 0;
			result.shareLinkResultsShown = seeded.resultsShown;
		}
		const text = JSON.stringify(result, null, 2);
		if (out) writeFileSync(out, text);
		else console.log(text);
	} finally {
		await browser.close();
	}
}

await main();
