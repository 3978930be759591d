import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}"), e.g. BASE_PATH=/boligsjekk`);
}

const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		alias: { $rules: 'rules' }
	}
};

export default config;
