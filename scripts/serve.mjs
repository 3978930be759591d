#!/usr/bin/env node
// A tiny static file server for the built site, with an optional mount path, so tests can prove that the
// build works from any static server and under a sub-path. Usage: node scripts/serve.mjs <dir> <port> [mount]
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = process.argv.includes('--gzip');
const [dir = 'build', portArg = '4173', mountArg = '/'] = process.argv.slice(2).filter((a) => a !== '--gzip');
const root = resolve(dir);
const port = Number(portArg);
const mount = mountArg.endsWith('/') ? mountArg : `${mountArg}/`;

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

// Each file is compressed once, before the server starts, as a static host serves precompressed files. Compressing
// on every request took the CPU the browser under test needs: the service worker's precache asks for all ~1 200
// files while the page is still starting, and this server shares the machine with that browser.
const compressed = new Map();

function send(req, res, status, file, data) {
	const ext = extname(file);
	const headers = { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
	if (gzip && compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		data = compressed.get(file) ?? gzipSync(data, { level: 9 });
		headers['content-encoding'] = 'gzip';
		headers.vary = 'accept-encoding';
	}
	res.writeHead(status, headers).end(data);
}

if (gzip)
	for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
		const file = join(entry.parentPath, entry.name);
		if (entry.isFile() && compressible.has(extname(file)))
			compressed.set(file, gzipSync(await readFile(file), { level: 9 }));
	}

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
	const pathname = decodeURIComponent(url.pathname);
	if (!pathname.startsWith(mount) && `${pathname}/` !== mount) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	if (`${pathname}/` === mount) {
		res.writeHead(301, { location: mount }).end();
		return;
	}
	const file = await fileFor(pathname.slice(mount.length - 1));
	if (!file) {
		const notFound = await fileFor('/404.html');
		if (notFound) send(req, res, 404, notFound, await readFile(notFound));
		else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	send(req, res, 200, file, await readFile(file));
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root}${gzip ? ' (gzip)' : ''} at http://127.0.0.1:${port}${mount}`);
});
