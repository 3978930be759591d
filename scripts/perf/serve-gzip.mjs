#!/usr/bin/env node
// The built site as a production host would serve it: like scripts/serve.mjs (same paths, `cache-control:
// no-cache`), but text responses gzip-compressed when the browser accepts it. scripts/serve.mjs sends everything
// uncompressed, which Lighthouse counts at full size; `npm run bench` runs Lighthouse against both.
// Usage: node scripts/perf/serve-gzip.mjs <dir> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'build', portArg = '4184'] = process.argv.slice(2);
const root = resolve(dir);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

async function fileFor(pathname) {
	const candidate = normalize(join(root, pathname));
	if (!candidate.startsWith(root)) return null;
	try {
		const info = await stat(candidate);
		if (info.isDirectory()) return fileFor(join(pathname, 'index.html'));
		return candidate;
	} catch {
		return null;
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = await fileFor(decodeURIComponent(url.pathname));
	const body = file ? await readFile(file) : ((await fileFor('/404.html')) ?? null);
	const ext = file ? extname(file) : '.html';
	const headers = { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
	let data = file ? body : body ? await readFile(body) : Buffer.from('Not found');
	if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		data = gzipSync(data, { level: 9 });
		headers['content-encoding'] = 'gzip';
		headers.vary = 'accept-encoding';
	}
	res.writeHead(file ? 200 : 404, headers).end(data);
}).listen(Number(portArg), '127.0.0.1', () => {
	console.log(`Serving ${root} (gzip) at http://127.0.0.1:${portArg}/`);
});
