#!/usr/bin/env node
// A tiny static file server for the built site, with an optional mount path, so tests can prove that the
// build works from any static server and under a sub-path. Usage: node scripts/serve.mjs <dir> <port> [mount]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'build', portArg = '4173', mountArg = '/'] = process.argv.slice(2);
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
		res.writeHead(404, { 'content-type': types['.html'] });
		res.end(notFound ? await readFile(notFound) : 'Not found');
		return;
	}
	res.writeHead(200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	res.end(await readFile(file));
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${port}${mount}`);
});
