#!/usr/bin/env node
// Prints, for every prerendered route, the gzip bytes of the JavaScript and CSS its HTML makes the browser load
// (script, modulepreload and stylesheet tags, and the entry imports of the inline start script), plus a total.
// `--check` enforces the byte budgets in scripts/size-budgets.json when that file exists.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'build');
const check = process.argv.includes('--check');
const json = process.argv.includes('--json');

if (!existsSync(dir)) {
	console.error(`No build found at ${dir}. Run \`npm run build\` first.`);
	process.exit(2);
}

function htmlFiles(folder) {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const gzCache = new Map();
function gzipBytes(file) {
	if (!gzCache.has(file)) gzCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzCache.get(file);
}

function assetsOf(htmlPath) {
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
	return { js: [...js].filter(existsSync), css: [...css].filter(existsSync) };
}

const rows = htmlFiles(dir)
	.map((file) => {
		const route =
			'/' +
			relative(dir, file)
				.replace(/index\.html$/, '')
				.replace(/\\/g, '/');
		const { js, css } = assetsOf(file);
		return {
			route,
			js: js.reduce((sum, f) => sum + gzipBytes(f), 0),
			css: css.reduce((sum, f) => sum + gzipBytes(f), 0)
		};
	})
	.sort((a, b) => a.route.localeCompare(b.route));

const allJs = new Set();
const allCss = new Set();
for (const file of htmlFiles(dir)) {
	const { js, css } = assetsOf(file);
	js.forEach((f) => allJs.add(f));
	css.forEach((f) => allCss.add(f));
}
const total = {
	js: [...allJs].reduce((s, f) => s + gzipBytes(f), 0),
	css: [...allCss].reduce((s, f) => s + gzipBytes(f), 0)
};

if (json) {
	console.log(JSON.stringify({ routes: rows, total }, null, 2));
} else {
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
	const width = Math.max(...rows.map((r) => r.route.length), 5) + 2;
	console.log(`${'route'.padEnd(width)}${'JS gzip'.padStart(9)}${'CSS gzip'.padStart(10)}`);
	for (const r of rows) console.log(`${r.route.padEnd(width)}${kb(r.js)} ${kb(r.css)}`);
	console.log(`${'total (unique files over all routes)'.padEnd(width)}${kb(total.js)} ${kb(total.css)}`);
}

const budgetFile = resolve('scripts/size-budgets.json');
if (check && existsSync(budgetFile)) {
	const budgets = JSON.parse(readFileSync(budgetFile, 'utf8'));
	const over = [];
	for (const r of rows) {
		const rule = budgets.routes?.find((b) => new RegExp(b.match).test(r.route));
		const limit = rule?.maxJsGzip ?? budgets.maxJsGzipPerRoute;
		if (limit && r.js > limit)
			over.push(`${r.route}: ${r.js} B JS gzip > budget ${limit} B (${rule?.match ?? 'any route'})`);
	}
	if (over.length) {
		console.error(`\nOver budget:\n  ${over.join('\n  ')}`);
		process.exit(1);
	}
	console.log('\nAll routes within their byte budgets.');
}
