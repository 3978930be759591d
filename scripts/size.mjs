#!/usr/bin/env node
// `npm run size [build dir] [--check] [--json] [--all] [--why [route regex]]`
//
// For every prerendered route: the gzip bytes (level 9) of the JavaScript and CSS a first visit loads. That is the
// script, modulepreload and stylesheet tags and the entry imports of the inline start script in the HTML, the
// static imports of all of those, and the chunks the page imports dynamically at start. The latter are listed in
// scripts/size-budgets.json `startDynamic` (module path prefixes, `{lang}` = the route's first path segment, e.g.
// the current language's locale files) and are found through the build's chunk graph, which
// scripts/perf/stats-plugin.js (a Vite plugin in vite.config.ts) writes to .svelte-kit/perf/ during `vite build`.
//
//   --all    one row per route (default: routes with the same shape and the same bytes are folded into one row)
//   --why    per chunk and per dependency breakdown for the routes matching the regex (default: one route of each
//            shape); dependency bytes are the chunk's gzip bytes shared out by each module's rendered length
//   --check  enforce the byte budgets in scripts/size-budgets.json (exit 1 when a route is over)
//   --json   machine-readable output (used by scripts/bench-all.mjs)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { statsFileFor } from './perf/stats-plugin.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const whyIndex = args.indexOf('--why');
const whyPattern =
	whyIndex >= 0 && args[whyIndex + 1] && !args[whyIndex + 1].startsWith('--') ? args[whyIndex + 1] : null;
const positional = args.filter((a, i) => !a.startsWith('--') && !(whyPattern && i === whyIndex + 1));
const dir = resolve(positional[0] ?? 'build');
const check = flag('--check');
const json = flag('--json');
const all = flag('--all');
const why = whyIndex >= 0;

if (!existsSync(dir)) {
	console.error(`No build found at ${dir}. Run \`npm run build\` first.`);
	process.exit(2);
}

const budgetFile = resolve('scripts/size-budgets.json');
const budgets = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
const startDynamic = budgets.startDynamic ?? ['src/lib/i18n/locales/{lang}/'];

// ---------------------------------------------------------------------------------------------------------------
// The chunk graph (from the stats plugin), checked against the files actually in this build.

const appRoot = join(dir, '_app');
const stats = (() => {
	// Written by the project whose build this is: this one, or the one the build directory sits in.
	const file = [statsFileFor(dir), statsFileFor(dir, resolve(dir, '..'))].find((f) => existsSync(f));
	if (!file) return null;
	const data = JSON.parse(readFileSync(file, 'utf8'));
	const missing = Object.keys(data.chunks).filter((f) => !existsSync(join(dir, f)));
	if (missing.length) {
		console.error(
			`warning: ${file} does not match ${dir} (${missing.length} chunks missing, e.g. ${missing[0]}); ` +
				'dynamic imports at start and --why are left out. Rebuild to refresh it.'
		);
		return null;
	}
	return data;
})();
if (!stats && !json)
	console.error(
		'note: no chunk stats for this build (scripts/perf/stats-plugin.js writes them during `vite build`); ' +
			'counting only what the HTML names.'
	);

const gzCache = new Map();
function gzipBytes(file) {
	if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzCache.get(file);
}

function htmlFiles(folder) {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Build-relative file name (`_app/immutable/...`) of an absolute path. */
const rel = (abs) => relative(dir, abs).split(sep).join('/');

function staticClosure(files) {
	const seen = new Set(files);
	const queue = [...files];
	while (queue.length) {
		const f = queue.pop();
		for (const dep of stats?.chunks[f]?.imports ?? []) {
			if (!seen.has(dep)) {
				seen.add(dep);
				queue.push(dep);
			}
		}
	}
	return seen;
}

// The text namespaces each route loads (src/lib/i18n/namespaces.json; a route not listed loads all of them).
const namespacesByRoute = JSON.parse(readFileSync(resolve('src/lib/i18n/namespaces.json'), 'utf8'));

function routeIdOf(shape) {
	const id = shape
		.replace(/\/$/, '')
		.replace('<lang>', '[lang=lang]')
		.replace(/\/sporsmal\/<id>$/, '/sporsmal/[id]')
		.replace(/\/ordninger\/<id>$/, '/ordninger/[scheme]');
	return id || '/';
}

function assetsOf(htmlPath, route, lang) {
	const routeId = routeIdOf(shapeOf(route));
	const question = route.split('/')[2] === 'sporsmal' ? route.split('/')[3] || null : null;
	const html = readFileSync(htmlPath, 'utf8');
	const base = dirname(htmlPath);
	const js = new Set();
	const css = new Set();
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = tag.match(/href="([^"]+)"/)?.[1];
		if (!href) continue;
		if (/rel="modulepreload"/.test(tag)) js.add(resolve(base, href));
		if (/rel="stylesheet"/.test(tag)) css.add(resolve(base, href));
	}
	for (const m of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) js.add(resolve(base, m[1]));
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) js.add(resolve(base, m[1]));
	// the modulepreload links that src/lib/server/paint-first.ts moves behind the first paint
	for (const m of html.matchAll(/afterFirstPaint\((\[[^\]]*\])\)/g))
		for (const href of JSON.parse(m[1])) js.add(resolve(base, href));

	const named = [...js].filter(existsSync).map(rel);
	const staticFiles = staticClosure(named);
	// Chunks imported dynamically at start: dynamic imports of the static set whose modules all match a prefix.
	const namespaces = Object.hasOwn(namespacesByRoute, routeId) ? namespacesByRoute[routeId] : null;
	const prefixes = startDynamic
		.filter((p) => typeof p === 'string' || new RegExp(p.routes).test(route))
		.map((p) => (typeof p === 'string' ? p : p.module))
		.filter((p) => question || !p.includes('{question}'))
		.flatMap((p) => {
			const withLang = p.replaceAll('{lang}', lang ?? '\0').replaceAll('{question}', question);
			return namespaces && withLang.endsWith('/locales/' + lang + '/')
				? namespaces.map((ns) => `${withLang}${ns}.json`)
				: [withLang];
		});
	// A start chunk may itself import the next one at start (the language's question loaders, then the question).
	const dynamicFiles = new Set();
	if (stats) {
		const queue = [...staticFiles];
		while (queue.length) {
			const f = queue.pop();
			for (const d of stats.chunks[f]?.dynamicImports ?? []) {
				const mods = Object.keys(stats.chunks[d]?.modules ?? {});
				if (mods.length && mods.every((m) => prefixes.some((p) => m === p || m.startsWith(p)))) {
					for (const x of staticClosure([d])) {
						if (staticFiles.has(x) || dynamicFiles.has(x)) continue;
						dynamicFiles.add(x);
						queue.push(x);
					}
				}
			}
		}
	}
	return {
		js: [...staticFiles, ...dynamicFiles].filter((f) => existsSync(join(dir, f))),
		dynamic: [...dynamicFiles],
		css: [...css].filter(existsSync).map(rel)
	};
}

const sum = (files) => files.reduce((s, f) => s + gzipBytes(join(dir, f)), 0);

const knownLangs = new Set(
	readdirSync(dir).filter((d) => /^[a-z]{2,3}$/.test(d) && statSync(join(dir, d)).isDirectory())
);

function shapeOf(route) {
	const parts = route.split('/').filter(Boolean);
	if (parts.length && knownLangs.has(parts[0])) parts[0] = '<lang>';
	if (parts.length === 3 && ['sporsmal', 'ordninger'].includes(parts[1])) parts[2] = '<id>';
	return '/' + parts.map((p) => p + '/').join('');
}

const rows = htmlFiles(dir)
	.map((file) => {
		const route = '/' + rel(file).replace(/index\.html$/, '');
		const first = route.split('/')[1];
		const lang = knownLangs.has(first) ? first : null;
		const assets = assetsOf(file, route, lang);
		return {
			route,
			shape: shapeOf(route),
			lang,
			js: sum(assets.js),
			jsDynamic: sum(assets.dynamic),
			css: sum(assets.css),
			files: assets
		};
	})
	.sort((a, b) => a.route.localeCompare(b.route));

const allJs = new Set(rows.flatMap((r) => r.files.js));
const allCss = new Set(rows.flatMap((r) => r.files.css));
const total = { js: sum([...allJs]), css: sum([...allCss]) };

// ---------------------------------------------------------------------------------------------------------------
// Per dependency: which package or source folder a module belongs to.

export function groupOf(id) {
	const nm = id.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = id.slice(nm + 'node_modules/'.length).split('/');
		return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
	}
	let m;
	if ((m = id.match(/^src\/lib\/i18n\/locales\/([^/]+)\/([^/.]+)/))) return `locale ${m[1]}/${m[2]}.json`;
	if ((m = id.match(/^rules\/([^/]+)\//))) return `rules/${m[1]} (JSON)`;
	if (id.startsWith('rules/')) return 'rules/*.json';
	if ((m = id.match(/^src\/lib\/([^/]+)\//))) return `src/lib/${m[1]}`;
	if (id.startsWith('src/routes/')) return 'src/routes (pages)';
	if (id.startsWith('src/')) return 'src (other)';
	if (id.startsWith('.svelte-kit/')) return 'SvelteKit generated';
	return id.replace(/^\.\.\/.*?node_modules\//, '');
}

function breakdown(files) {
	const chunks = [];
	const deps = new Map();
	for (const f of files) {
		const gz = gzipBytes(join(dir, f));
		const mods = stats?.chunks[f]?.modules ?? {};
		const totalLen = Object.values(mods).reduce((s, n) => s + n, 0) || 1;
		const groups = new Map();
		for (const [id, len] of Object.entries(mods)) {
			const g = groupOf(id);
			groups.set(g, (groups.get(g) ?? 0) + (gz * len) / totalLen);
		}
		if (!groups.size) groups.set('(unknown: no stats)', gz);
		for (const [g, b] of groups) deps.set(g, (deps.get(g) ?? 0) + b);
		const top = [...groups].sort((a, b) => b[1] - a[1]);
		chunks.push({ file: f, gzip: gz, contents: top.map(([g, b]) => ({ group: g, gzip: Math.round(b) })) });
	}
	chunks.sort((a, b) => b.gzip - a.gzip);
	return {
		chunks,
		dependencies: [...deps]
			.map(([group, b]) => ({ group, gzip: Math.round(b) }))
			.sort((a, b) => b.gzip - a.gzip)
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Budgets.

function budgetFor(route) {
	const rule = budgets.routes?.find(
		(b) => (!b.build || b.build === basename(dir)) && new RegExp(b.match).test(route)
	);
	return { limit: rule?.maxJsGzip ?? budgets.maxJsGzipPerRoute, label: rule?.label ?? 'any route' };
}
const overByKey = new Map();
for (const r of rows) {
	const { limit, label } = budgetFor(r.route);
	r.budget = limit ?? null;
	if (!limit || r.js <= limit) continue;
	const key = `${r.shape}|${r.js}`;
	if (!overByKey.has(key)) overByKey.set(key, { routes: [], js: r.js, limit, label });
	overByKey.get(key).routes.push(r.route);
}
// Routes of the same shape over budget by the same bytes are one line (61 question pages are one problem).
const over = [...overByKey.values()].map(
	(o) =>
		`${o.routes[0]}${o.routes.length > 1 ? ` and ${o.routes.length - 1} more of its shape` : ''}: ` +
		`${o.js} B JS gzip > ${o.limit} B (${o.label}), over by ${o.js - o.limit} B`
);

// ---------------------------------------------------------------------------------------------------------------
// Output.

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const whyRoutes = (() => {
	if (!why) return [];
	if (whyPattern) return rows.filter((r) => new RegExp(whyPattern).test(r.route));
	const seen = new Set();
	return rows.filter((r) => !seen.has(r.shape) && seen.add(r.shape));
})();

if (json) {
	const out = {
		dir,
		stats: Boolean(stats),
		routes: rows.map(({ files, ...r }) => ({ ...r, jsFiles: files.js, cssFiles: files.css })),
		total,
		overBudget: over
	};
	if (why) out.why = Object.fromEntries(whyRoutes.map((r) => [r.route, breakdown(r.files.js)]));
	console.log(JSON.stringify(out, null, 2));
} else {
	const folded = [];
	if (all) folded.push(...rows.map((r) => ({ ...r, label: r.route })));
	else {
		// Routes of the same shape (language, question id) with the same bytes are one row; the pages of one
		// language that differ only by the id (each question page loads its own texts) are one row showing the
		// largest, with the range.
		const bySimple = new Map();
		for (const r of rows) {
			const id = r.shape.includes('<id>') ? `${r.shape}|${r.lang}` : `${r.shape}|${r.js}|${r.css}`;
			if (!bySimple.has(id)) bySimple.set(id, []);
			bySimple.get(id).push(r);
		}
		for (const group of bySimple.values()) {
			const r = group.reduce((a, b) => (b.js > a.js ? b : a));
			const least = Math.min(...group.map((g) => g.js));
			const langs = [...new Set(group.map((g) => g.lang).filter(Boolean))];
			const range = least < r.js ? `, ${kb(least)}–${kb(r.js)}` : '';
			const label =
				group.length === 1
					? r.route
					: `${r.shape.replace('<lang>', langs.length === 1 ? langs[0] : `{${langs.join(',')}}`)} (${group.length} routes${range})`;
			folded.push({ ...r, label });
		}
		folded.sort((a, b) => a.shape.localeCompare(b.shape) || a.label.localeCompare(b.label));
	}
	const width = Math.max(...folded.map((r) => r.label.length), 5) + 2;
	console.log(
		`${'route'.padEnd(width)}${'JS gzip'.padStart(10)}${'of it dyn.'.padStart(12)}${'CSS gzip'.padStart(10)}${'budget'.padStart(10)}`
	);
	for (const r of folded)
		console.log(
			`${r.label.padEnd(width)}${kb(r.js).padStart(10)}${kb(r.jsDynamic).padStart(12)}${kb(r.css).padStart(10)}${(r.budget ? kb(r.budget) : '-').padStart(10)}${r.budget && r.js > r.budget ? '  OVER' : ''}`
		);
	console.log(
		`${'total (unique files over all routes)'.padEnd(width)}${kb(total.js).padStart(10)}${''.padStart(12)}${kb(total.css).padStart(10)}`
	);
	console.log(
		`("of it dyn." = chunks imported dynamically at start: ${startDynamic.map((p) => (typeof p === 'string' ? p : `${p.module} on ${p.routes}`)).join(', ')}; KB = 1024 bytes)`
	);

	for (const r of whyRoutes) {
		const b = breakdown(r.files.js);
		console.log(`\n── ${r.route}: ${kb(r.js)} JS gzip in ${r.files.js.length} chunks`);
		console.log('  per chunk:');
		for (const c of b.chunks) {
			const what = c.contents
				.slice(0, 4)
				.map((x) => `${x.group} ${kb(x.gzip)}`)
				.join(', ');
			const more = c.contents.length > 4 ? `, +${c.contents.length - 4} more` : '';
			console.log(`    ${kb(c.gzip).padStart(9)}  ${c.file.replace('_app/immutable/', '')}  ${what}${more}`);
		}
		console.log('  per dependency (chunk gzip shared out by rendered length):');
		for (const d of b.dependencies) console.log(`    ${kb(d.gzip).padStart(9)}  ${d.group}`);
	}
}

if (check && existsSync(budgetFile)) {
	if (over.length) {
		console.error(
			`\nOver budget:\n  ${over.join('\n  ')}\nSee where the bytes go: npm run size -- --why '<route regex>'`
		);
		process.exit(1);
	}
	if (!json) console.log('\nAll routes within their byte budgets.');
}
