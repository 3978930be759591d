import { createHash } from 'node:crypto';

/*
 * On a slow mobile network the page's JavaScript (about 100 KB on a question page) competes with the stylesheet
 * for the same bandwidth, and the stylesheet is what the first paint waits for. SvelteKit puts a modulepreload
 * link for every chunk in <head> and starts importing from an inline script, so everything is fetched at once.
 * This moves both behind the first paint: the prerendered question is readable first, and hydration follows (not
 * on the results page, whose prerendered HTML is only a loading line: see src/hooks.server.ts). The preload links are all added at that point, a few per task, so the chunks still arrive in parallel
 * rather than one import level at a time. A hidden or prerendering tab paints nothing, so it starts at once.
 *
 * The inline script is covered by a CSP hash, which is computed again here.
 */
/** A modulepreload link as SvelteKit writes it (its line's indent and end included); the href is group 1. */
export const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
const START = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const IMPORTS = 'Promise.all([';
const THEN = ']).then(([kit, app]) =>';

export class PaintFirstError extends Error {}

export function paintFirst(html: string): string {
	const start = html.match(START);
	if (!start) {
		if (html.includes('rel="modulepreload"'))
			throw new PaintFirstError('modulepreload links but no SvelteKit start script');
		return html;
	}
	const script = start[1] ?? '';
	if (!script.includes(IMPORTS) || !script.includes(THEN))
		throw new PaintFirstError(
			`the SvelteKit start script has an unexpected shape: ${script.trim().slice(0, 200)}`
		);
	const oldHash = sha256(script);
	if (!html.includes(`'sha256-${oldHash}'`))
		throw new PaintFirstError('the content-security-policy does not list the start script by hash');

	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
	const deferred = script
		.replace(IMPORTS, `afterFirstPaint(${JSON.stringify(preloads)}).then(() => ${IMPORTS}`)
		.replace(THEN, `]))${THEN.slice(2)}`)
		.replace(/^(\s*\{)/, `$1\n${AFTER_FIRST_PAINT}`);
	return html
		.replace(PRELOAD, '')
		.replace(start[0], `<script data-app-start>${deferred}</script>`)
		.replace(`'sha256-${oldHash}'`, `'sha256-${sha256(deferred)}'`);
}

// Starting a fetch costs the main thread about 0.5–1 ms a link on this project's test machine, so the ~15 links of a
// page are added a few per task (PRELOADS_PER_TASK), and the imports start in a task of their own: one task for all
// of it was 8–45 ms there, a long task on a phone four times slower.
export const PRELOADS_PER_TASK = 4;

const AFTER_FIRST_PAINT = `const afterFirstPaint = (hrefs) => new Promise((go) => {
	const preload = (from, count) => {
		for (const href of hrefs.slice(from, from + count)) {
			const link = document.createElement("link");
			link.rel = "modulepreload";
			link.href = href;
			document.head.append(link);
		}
		if (from + count < hrefs.length) setTimeout(() => preload(from + count, count));
		else setTimeout(go);
	};
	if (document.visibilityState === "visible") requestAnimationFrame(() => setTimeout(() => preload(0, ${PRELOADS_PER_TASK})));
	else preload(0, hrefs.length);
});`;

function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}
