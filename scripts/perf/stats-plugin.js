// A Vite plugin that records, for the client build only, which modules went into which chunk (with their rendered
// length after tree-shaking, before minification) and each chunk's static and dynamic imports. `npm run size`
// reads it to count the JavaScript a page imports dynamically at start (e.g. the current language's locale
// chunks) and, with `--why`, to break a route's bytes down per chunk and per dependency.
//
// The file goes to .svelte-kit/perf/<build dir>.json, outside the deployed build, one per BUILD_DIR so the
// `build` and `build-subpath` builds of `npm test` do not overwrite each other's figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The stats file for a build directory (shared with scripts/size.mjs).
 * @param {string} buildDir
 * @param {string} [cwd]
 */
export function statsFileFor(buildDir, cwd = process.cwd()) {
	const key = resolve(cwd, buildDir).replace(/[^a-zA-Z0-9._-]+/g, '_');
	return join(cwd, '.svelte-kit', 'perf', `${key}.json`);
}

/** @returns {import('vite').Plugin} */
export function perfStats() {
	let ssr = true;
	let root = process.cwd();
	return {
		name: 'boligsjekk:perf-stats',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			root = config.root;
		},
		generateBundle(_options, bundle) {
			if (ssr) return;
			/** @type {Record<string, unknown>} */
			const chunks = {};
			for (const item of Object.values(bundle)) {
				if (item.type !== 'chunk') continue;
				/** @type {Record<string, number>} */
				const modules = {};
				for (const [id, info] of Object.entries(item.modules)) {
					if (!info.renderedLength) continue;
					const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
					const name = clean.startsWith('/') ? relative(root, clean) : clean;
					modules[name] = (modules[name] ?? 0) + info.renderedLength;
				}
				chunks[item.fileName] = {
					facade: item.facadeModuleId ? relative(root, item.facadeModuleId.replace(/\?.*$/, '')) : null,
					isEntry: item.isEntry,
					isDynamicEntry: item.isDynamicEntry,
					imports: item.imports,
					dynamicImports: item.dynamicImports,
					modules
				};
			}
			const file = statsFileFor(process.env.BUILD_DIR ?? 'build', root);
			mkdirSync(join(file, '..'), { recursive: true });
			writeFileSync(file, JSON.stringify({ createdAt: new Date().toISOString(), chunks }));
		}
	};
}
