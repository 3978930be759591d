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
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// A page's own small stylesheets (a few hundred bytes each) go into the HTML instead of costing a
		// render-blocking request each; style-src already allows inline styles.
		inlineStyleThreshold: 2048,
		// static/sw-register.js registers it on every page, including the pages that ship no JavaScript, so the whole
		// site is precached on the first visit whichever page comes first. Registering costs the main thread a task of
		// its own and precaching fetches the whole site, so it waits until the page has loaded, the app (where there is
		// one) has hydrated, no part of the page is still being built (`data-building`: the results page until its
		// whole result is in the page) and the browser is idle: none of it may compete with the page's own start-up on a
		// slow phone (results page, Lighthouse TBT median 228 with the precache, 117 ms without it). Pages without an app start script are ready for input once parsed, so it gives them the same
		// `data-hydrated` marker the app sets after hydration (tests wait for it). The web app manifest is linked at
		// the same moment: Chrome fetches it and its icon as soon as it is linked, two requests that took two of the
		// six connections a page's own files wait for (results page, Lighthouse, 5 pairs: LCP 2 606 → 2 531 ms);
		// installing needs it only once the page is up. It is served as written, so it
		// carries no comments of its own (every page loads it).
		serviceWorker: { register: false },
		// Hashes for SvelteKit's own inline scripts, so no 'unsafe-inline' script is ever allowed. Styles keep
		// 'unsafe-inline' because Svelte renders style attributes. frame-ancestors cannot be set in a meta tag:
		// the host must send it as a header (see README).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
