#!/usr/bin/env node
// `npm run bench`: every performance figure of issue 8 in one table, and in bench-results.json (not committed)
// next to the `engine` key that scripts/bench.mjs (the rules-engine bench) writes.
//
//   1. a production build into reports/bench-build (or --dir <existing build> to skip it)
//   2. bytes: gzip JS and CSS each page loads first, per language (scripts/size.mjs, chunk graph included), checked
//      against the network requests Chromium really makes
//   3. interaction: Continue → next question rendered, median over a whole journey, CPU throttled 4×
//      (scripts/perf/interaction.mjs; --trace adds a main-thread breakdown, which slows the run itself)
//   4. Lighthouse (scripts/perf/lighthouse.mjs; default mobile config, simulated throttling) on the start page, the
//      first question page and the results page seeded by a share link, against scripts/serve.mjs (uncompressed,
//      as the brief asks) and against scripts/serve.mjs --gzip (as a real host serves it)
//   5. the engine bench (scripts/bench.mjs)
//   6. input properties: the parsers, answer files and share links, ≥ 100 000 fast-check cases each with a fresh
//      seed (tests/unit/input/input-properties.test.ts; `npm test` runs a small fixed-seed set of the same)
// Budgets and targets come from scripts/size-budgets.json; every row says PASS or FAIL.
// Each heavy step holds /tmp/boligsjekk-build.lock (the checkout is shared), one step at a time.
//
// Flags: --dir <build> (skip the build), --runs <n> Lighthouse runs per page (median; default 1),
//        --skip <list> of bytes,interaction,lighthouse,engine,properties, --trace
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const LOCK = '/tmp/boligsjekk-build.lock';
const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : fallback;
};
const skip = new Set((opt('skip', '') ?? '').split(',').filter(Boolean));
const runs = Number(opt('runs', '1'));
const trace = args.includes('--trace');
const buildDir = opt('dir', 'reports/bench-build');
const budgets = JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'));
mkdirSync('reports/perf', { recursive: true });

const started = Date.now();
const log = (msg) =>
	console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

/** Runs a command holding the shared build lock; returns stdout (stderr passes through). */
function locked(command, commandArgs, env = {}) {
	const r = spawnSync('flock', [LOCK, command, ...commandArgs], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (r.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} exited with ${r.status}`);
	return r.stdout;
}

const median = (xs) => {
	const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
	if (!s.length) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => (n === null || n === undefined ? '-' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n === null || n === undefined ? '-' : `${Math.round(n)} ms`);
const verdict = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');

const results = {
	date: new Date().toISOString(),
	node: process.version,
	loadAverageAtStart: loadavg()[0],
	buildDir
};

// 1. Build ----------------------------------------------------------------------------------------------------
if (!opt('dir')) {
	log(`vite build → ${buildDir} (waiting for the build lock)`);
	locked('npx', ['vite', 'build', '--logLevel', 'error'], { BUILD_DIR: buildDir });
}
if (!existsSync(join(buildDir, 'nb'))) throw new Error(`no build at ${buildDir}`);

// 2. Bytes ----------------------------------------------------------------------------------------------------
const size = JSON.parse(
	spawnSync('node', ['scripts/size.mjs', buildDir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })
		.stdout
);
const routeByPath = new Map(size.routes.map((r) => [r.route, r]));
// Every language the build has a start page for (nb first).
const langs = [...new Set(size.routes.map((r) => r.lang).filter(Boolean))].sort((a, b) =>
	a === 'nb' ? -1 : b === 'nb' ? 1 : a.localeCompare(b)
);
const firstQuestionStatic = (() => {
	// The question page the wizard opens first is found by the journey; until then, the first one prerendered.
	const q = size.routes.find((r) => /^\/nb\/sporsmal\/[^/]+\/$/.test(r.route));
	return q ? q.route.split('/')[3] : null;
})();

// 3. Servers --------------------------------------------------------------------------------------------------
const servers = [];
let stopping = false;
/** A port nobody listens on now (other engineers run servers on fixed ports in the same machine). */
function freePort() {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.once('error', rej);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => res(port));
		});
	});
}
function serve(script, port, extra = []) {
	const name = [script.split('/').pop(), ...extra.filter((a) => a.startsWith('--'))].join('');
	const logFile = openSync(`reports/perf/server-${name}.log`, 'w');
	const child = spawn('node', [script, buildDir, String(port), ...extra], {
		stdio: ['ignore', logFile, logFile]
	});
	child.on('exit', (code, signal) => {
		if (!stopping)
			log(`server ${script} on ${port} stopped (${code ?? signal}); see reports/perf/server-${name}.log`);
	});
	servers.push(child);
	return `http://127.0.0.1:${port}`;
}
async function waitFor(url) {
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`server at ${url} did not start`);
}
const plain = serve('scripts/serve.mjs', await freePort(), ['/']);
const gzip = serve('scripts/serve.mjs', await freePort(), ['/', '--gzip']);
process.on('exit', () => {
	stopping = true;
	servers.forEach((s) => s.kill());
});
await waitFor(`${plain}/nb/`);
await waitFor(`${gzip}/nb/`);
log(`serving ${buildDir} at ${plain} (scripts/serve.mjs) and ${gzip} (gzip)`);

// 4. Interaction (also finds the first question, the journey's answers and the network cross-check) ----------
let interaction = null;
if (!skip.has('interaction')) {
	log('interaction: a whole journey in Chromium, CPU 4× throttled (waiting for the build lock)');
	const out = 'reports/perf/interaction.json';
	locked('node', [
		'scripts/perf/interaction.mjs',
		'--base',
		plain,
		'--lang',
		'nb',
		'--rate',
		String(budgets.interaction?.cpuThrottling ?? 4),
		'--out',
		out,
		...(trace ? ['--trace'] : [])
	]);
	interaction = JSON.parse(readFileSync(out, 'utf8'));
	results.interaction = { ...interaction, answers: undefined, sharePath: undefined };
}
const firstQuestion = interaction?.firstQuestion ?? firstQuestionStatic;

const pages = [
	{ key: 'start', label: 'start page', path: (l) => `/${l}/` },
	{
		key: 'question',
		label: `first question (${firstQuestion})`,
		path: (l) => `/${l}/sporsmal/${firstQuestion}/`
	},
	{ key: 'check', label: 'check page (svar)', path: (l) => `/${l}/svar/` },
	{ key: 'results', label: 'results (resultat)', path: (l) => `/${l}/resultat/` },
	{ key: 'counselor', label: 'counselor (veileder)', path: (l) => `/${l}/veileder/` }
];

// Bytes per page and language, with the network cross-check for nb.
const gz = (file) => gzipSync(readFileSync(join(buildDir, file)), { level: 9 }).length;
results.bytes = {};
for (const p of pages) {
	results.bytes[p.key] = {};
	for (const l of langs) {
		const r = routeByPath.get(p.path(l));
		results.bytes[p.key][l] = r
			? { route: r.route, js: r.js, jsDynamicAtStart: r.jsDynamic, css: r.css, budget: r.budget }
			: { route: p.path(l), missing: true };
	}
	const net = interaction?.network?.find((n) => n.path === p.path('nb'));
	if (net && results.bytes[p.key].nb && !results.bytes[p.key].nb.missing) {
		const files = net.files.map((f) => f.replace(/^\//, ''));
		results.bytes[p.key].nb.network = {
			finalPath: net.finalPath,
			js: files
				.filter((f) => f.endsWith('.js') && existsSync(join(buildDir, f)))
				.reduce((s, f) => s + gz(f), 0),
			css: files
				.filter((f) => f.endsWith('.css') && existsSync(join(buildDir, f)))
				.reduce((s, f) => s + gz(f), 0),
			requests: files.length,
			jsAfterStart: net.afterStart
				.map((f) => f.replace(/^\//, ''))
				.filter((f) => f.endsWith('.js') && existsSync(join(buildDir, f)))
				.reduce((s, f) => s + gz(f), 0)
		};
	}
}
results.bytes.allRoutesMaxJs = Math.max(...size.routes.map((r) => r.js));
results.bytes.allRoutesMaxJsRoute = size.routes.find((r) => r.js === results.bytes.allRoutesMaxJs)?.route;
results.bytes.overBudget = size.overBudget;

// 5. Lighthouse -----------------------------------------------------------------------------------------------
if (!skip.has('lighthouse')) {
	const seeded = interaction?.shareLinkSeedsResults ? interaction.sharePath : null;
	const lhPages = [
		{ key: 'start', path: '/nb/' },
		{ key: 'question', path: `/nb/sporsmal/${firstQuestion}/` },
		{ key: 'results', path: seeded ?? '/nb/resultat/', seeded: Boolean(seeded) }
	];
	results.lighthouse = { version: '12.8.2', runsPerPage: runs, servers: {} };
	for (const [serverKey, origin] of [
		['serve.mjs (uncompressed)', plain],
		['gzip', gzip]
	]) {
		results.lighthouse.servers[serverKey] = {};
		for (const p of lhPages) {
			const all = [];
			for (let i = 0; i < runs; i++) {
				log(`lighthouse ${serverKey} ${p.key} run ${i + 1}/${runs} (waiting for the build lock)`);
				const out = `reports/perf/lighthouse-${serverKey.split(' ')[0]}-${p.key}-${i}.json`;
				locked('node', ['scripts/perf/lighthouse.mjs', `${origin}${p.path}`, '--out', out]);
				all.push(JSON.parse(readFileSync(out, 'utf8')));
			}
			const pick = (f) => median(all.map(f));
			results.lighthouse.servers[serverKey][p.key] = {
				path:
					p.key === 'results'
						? p.seeded
							? '/nb/resultat/#svar=… (share link)'
							: '/nb/resultat/ (empty state)'
						: p.path,
				seededByShareLink: p.key === 'results' ? p.seeded : undefined,
				performance: pick((r) => r.scores.performance),
				accessibility: pick((r) => r.scores.accessibility),
				bestPractices: pick((r) => r.scores['best-practices']),
				lcpMs: pick((r) => r.metrics.lcpMs),
				fcpMs: pick((r) => r.metrics.fcpMs),
				tbtMs: pick((r) => r.metrics.tbtMs),
				cls: pick((r) => r.metrics.cls),
				totalBytes: pick((r) => r.metrics.totalBytes),
				runs: all.map((r) => ({
					performance: r.scores.performance,
					tbtMs: Math.round(r.metrics.tbtMs),
					benchmarkIndex: r.benchmarkIndex === null ? null : Math.round(r.benchmarkIndex)
				})),
				lcpElement: all[0].lcpElement,
				failing: all[0].failing,
				opportunities: all[0].opportunities,
				requestsByType: all[0].requestsByType,
				largestRequests: all[0].largestRequests,
				mainThreadMs: all[0].mainThreadMs,
				scriptBootupMs: all[0].scriptBootupMs,
				longTasks: all[0].longTasks,
				runtimeError: all.map((r) => r.runtimeError).find(Boolean) ?? null
			};
		}
	}
}

// 6. Engine ---------------------------------------------------------------------------------------------------
if (!skip.has('engine') && existsSync('scripts/bench.mjs')) {
	log('engine bench: node scripts/bench.mjs (waiting for the build lock)');
	try {
		const text = locked('node', ['scripts/bench.mjs']);
		process.stderr.write(text);
	} catch (e) {
		log(`engine bench failed: ${e.message}`);
	}
}
// 7. Input properties ------------------------------------------------------------------------------------------
if (!skip.has('properties')) {
	const runs = 100_000;
	const seed = Math.floor(Math.random() * 2 ** 31);
	log(`input properties: ${runs} cases each, seed ${seed} (reproduce with INPUT_PROPERTY_SEED=${seed})`);
	const t0 = Date.now();
	const r = spawnSync(
		'npx',
		['vitest', 'run', 'tests/unit/input/input-properties.test.ts', '--reporter=dot'],
		{
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, INPUT_PROPERTY_RUNS: String(runs), INPUT_PROPERTY_SEED: String(seed) }
		}
	);
	results.inputProperties = {
		runs,
		seed,
		passed: r.status === 0,
		seconds: Math.round((Date.now() - t0) / 1000)
	};
}
const prev = existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : {};
const engine = prev.engine ?? null;
results.loadAverageAtEnd = loadavg()[0];
results.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync('bench-results.json', JSON.stringify({ ...prev, perf: results }, null, 2) + '\n');

// Table -------------------------------------------------------------------------------------------------------
const rows = [];
const row = (what, value, target, ok) => rows.push([what, value, target, verdict(ok)]);
for (const p of pages) {
	const b = results.bytes[p.key];
	const built = langs.filter((l) => b[l] && !b[l].missing);
	if (!built.length) {
		row(`bytes ${p.label}`, 'route not built', '', null);
		continue;
	}
	const nb = b.nb && !b.nb.missing ? b.nb : b[built[0]];
	const js = built.map((l) => b[l].js);
	const maxLang = built[js.indexOf(Math.max(...js))];
	const spread =
		Math.min(...js) === Math.max(...js)
			? `same in all ${built.length} languages`
			: `${built.length} languages ${kb(Math.min(...js))}–${kb(Math.max(...js))} (max ${maxLang})`;
	row(
		`bytes ${p.label}`,
		`nb JS ${kb(nb.js)} (locale ${kb(nb.jsDynamicAtStart)}), CSS ${kb(nb.css)}; ${spread}` +
			(nb.network
				? `; nb network JS ${kb(nb.network.js)}` +
					(nb.network.jsAfterStart ? ` (+${kb(nb.network.jsAfterStart)} after start)` : '')
				: ''),
		nb.budget ? `JS ≤ ${kb(nb.budget)}` : '',
		// Each language against its own budget (scripts/size-budgets.json may hold some languages to another one).
		nb.budget ? built.every((l) => !b[l].budget || b[l].js <= b[l].budget) : null
	);
}
row(
	'bytes: largest route',
	`${kb(results.bytes.allRoutesMaxJs)} (${results.bytes.allRoutesMaxJsRoute})`,
	`≤ ${kb(budgets.maxJsGzipPerRoute)}`,
	results.bytes.allRoutesMaxJs <= budgets.maxJsGzipPerRoute
);
if (results.lighthouse) {
	const t = budgets.lighthouse;
	for (const [serverKey, perPage] of Object.entries(results.lighthouse.servers)) {
		for (const [key, r] of Object.entries(perPage)) {
			row(
				`lighthouse ${key} [${serverKey}]`,
				`perf ${r.performance}, a11y ${r.accessibility}, bp ${r.bestPractices}; LCP ${ms(r.lcpMs)}, TBT ${ms(r.tbtMs)}, ${kb(r.totalBytes)}` +
					(key === 'results' ? (r.seededByShareLink ? ' (seeded by share link)' : ' (empty state)') : '') +
					(r.runs.length > 1
						? `; runs perf/TBT/host index ${r.runs.map((x) => `${x.performance}/${x.tbtMs}/${x.benchmarkIndex ?? '?'}`).join(' ')}`
						: ''),
				`≥ ${t.performance}/${t.accessibility}/${t['best-practices']}`,
				r.performance >= t.performance &&
					r.accessibility >= t.accessibility &&
					r.bestPractices >= t['best-practices']
			);
		}
	}
}
if (interaction) {
	const mt = interaction.mainThread;
	row(
		`interaction Continue → next question (CPU ${interaction.cpuThrottling}×)`,
		`median ${interaction.medianFrameMs?.toFixed(1)} ms to its frame (DOM ${interaction.medianDomMs?.toFixed(1)}, ` +
			`painted ${interaction.medianPaintMs?.toFixed(1)} ms), ` +
			`max ${interaction.maxFrameMs?.toFixed(0)} ms, ${interaction.questionToQuestion} steps` +
			(mt ? `; script ${mt.medianScriptMs}, style ${mt.medianStyleMs}, layout ${mt.medianLayoutMs} ms` : ''),
		`≤ ${budgets.interaction.medianMs} ms`,
		interaction.medianFrameMs !== null && interaction.medianFrameMs <= budgets.interaction.medianMs
	);
	const floor = interaction.browserFloor;
	if (floor)
		row(
			'  browser floor: same click, Continue only swaps texts',
			`median ${floor.medianFrameMs?.toFixed(1)} ms to its frame (DOM ${floor.medianDomMs?.toFixed(1)}, ` +
				`painted ${floor.medianPaintMs?.toFixed(1)} ms), ${floor.clicks} clicks`,
			'(reference)',
			null
		);
}
if (engine) {
	const b = engine.bostotte ?? {};
	row(
		'engine: full evaluation (all schemes)',
		`median ${engine.fullEvaluationMedianUs} µs (${engine.schemes} schemes, ${engine.ruleSet})`,
		'< 20 µs',
		engine.goals?.fullEvaluationUnder20us ?? null
	);
	row(
		'engine vs hand-written (bostøtte)',
		`${b.engineMedianUs} µs vs ${b.handwrittenMedianUs} µs: ${b.engineVsHandwritten}× (same result shape ${b.engineVsHandwrittenSameResult}×)`,
		'≤ 3×',
		b.engineVsHandwrittenSameResult === undefined ? null : b.engineVsHandwrittenSameResult <= 3
	);
	row(
		'json-rules-engine vs engine (bostøtte)',
		`${b.jsonRulesEngineMedianUs} µs: engine ${b.jsonRulesEngineVsEngine}× faster`,
		'engine faster',
		b.jsonRulesEngineVsEngine === undefined ? null : b.jsonRulesEngineVsEngine > 1
	);
}
if (results.inputProperties) {
	const p = results.inputProperties;
	row(
		'input properties (parsers, answer files, links)',
		`${p.runs} cases each, seed ${p.seed}, ${p.seconds} s`,
		'no counterexample',
		p.passed
	);
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(['measure', 'value', 'target', 'status']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(
	`\nload average ${results.loadAverageAtStart.toFixed(1)} → ${results.loadAverageAtEnd.toFixed(1)} on ${process.version}; ` +
		`KB = 1024 B gzip level 9; full figures in bench-results.json (keys perf, engine) and reports/perf/.`
);
stopping = true;
for (const s of servers) s.kill();
