import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paintFirst, PaintFirstError, PRELOADS_PER_TASK } from '$lib/server/paint-first';

// The shape SvelteKit 2.70 prerenders (src/app.html around %sveltekit.head% and %sveltekit.body%).
const start = `
				{
					__sveltekit_abc = {
						base: new URL("../..", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("../../_app/immutable/entry/start.A.js"),
						import("../../_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2, 10],
							data: [null,null,null],
							form: null,
							error: null
						});
					});
				}
			`;
const sha = (text: string) => createHash('sha256').update(text).digest('base64');
const page = (script = start) => `<!doctype html>
<html lang="nb">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${sha(script)}'; style-src 'self'">
		<link href="../../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="../../_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="../../_app/immutable/entry/app.B.js" rel="modulepreload">
		<link href="../../_app/immutable/assets/0.css" rel="stylesheet">
	</head>
	<body>
		<div class="app-root"><main>Hvordan bor du?</main>
			<script>${script}</script>
		</div>
	</body>
</html>`;

const scriptOf = (html: string) => /<script data-app-start>([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('paintFirst (the app starts after the first paint)', () => {
	const out = paintFirst(page());

	it('takes the modulepreload links out of <head> and keeps the stylesheet', () => {
		expect(out).not.toMatch(/<link[^>]*rel="modulepreload"/);
		expect(out).toContain('<link href="../../_app/immutable/assets/0.css" rel="stylesheet">');
	});

	it('lists every preload for the start script, which adds them after the first paint', () => {
		expect(scriptOf(out)).toContain(
			'afterFirstPaint(["../../_app/immutable/entry/start.A.js","../../_app/immutable/chunks/C.js","../../_app/immutable/entry/app.B.js"])'
		);
	});

	it('replaces the start script hash in the content-security-policy with the new one', () => {
		const script = scriptOf(out)!;
		expect(out).toContain(`'sha256-${sha(script)}'`);
		expect(out).not.toContain(`'sha256-${sha(start)}'`);
	});

	it('runs: preloads, then imports, then starts the app with the element the script sits in', async () => {
		const calls: string[] = [];
		const head: { rel: string; href: string }[] = [];
		const element = { id: 'app-root' };
		const frames: (() => void)[] = [];
		const context = {
			location: 'http://x/nb/sporsmal/boform/',
			URL,
			Promise,
			setTimeout: (run: () => void) => run(),
			requestAnimationFrame: (run: () => void) => frames.push(run),
			document: {
				visibilityState: 'visible',
				currentScript: { parentElement: element },
				createElement: () => ({ rel: '', href: '' }),
				head: { append: (link: { rel: string; href: string }) => head.push(link) }
			},
			importModule: async (url: string) => {
				calls.push(`import ${url}`);
				return url.includes('start')
					? { start: (_app: unknown, el: unknown) => calls.push(`start ${el === element}`) }
					: {};
			}
		};
		const code = scriptOf(out)!.replaceAll('import(', 'importModule(');
		runInNewContext(code, context);
		await Promise.resolve();
		expect(calls).toEqual([]);
		expect(head).toEqual([]);
		expect(frames).toHaveLength(1);
		frames[0]!();
		await new Promise((r) => setTimeout(r, 0));
		expect(head.map((l) => `${l.rel} ${l.href}`)).toEqual([
			'modulepreload ../../_app/immutable/entry/start.A.js',
			'modulepreload ../../_app/immutable/chunks/C.js',
			'modulepreload ../../_app/immutable/entry/app.B.js'
		]);
		expect(calls).toEqual([
			'import ../../_app/immutable/entry/start.A.js',
			'import ../../_app/immutable/entry/app.B.js',
			'start true'
		]);
	});

	it('adds the preloads a few per task, and imports in a task after the last of them', async () => {
		const chunks = Array.from({ length: 2 * PRELOADS_PER_TASK + 1 }, (_, i) => `c${i}.js`);
		const links = chunks.map((c) => `<link href="${c}" rel="modulepreload">`).join('\n');
		const html = paintFirst(
			page().replace('<link href="../../_app/immutable/entry/start.A.js" rel="modulepreload">', links)
		);
		const timers: (() => void)[] = [];
		const head: string[] = [];
		const imports: string[] = [];
		const frames: (() => void)[] = [];
		runInNewContext(scriptOf(html)!.replaceAll('import(', 'importModule('), {
			location: 'http://x/nb/',
			URL,
			Promise,
			setTimeout: (run: () => void) => timers.push(run),
			requestAnimationFrame: (run: () => void) => frames.push(run),
			document: {
				visibilityState: 'visible',
				currentScript: { parentElement: {} },
				createElement: () => ({ rel: '', href: '' }),
				head: { append: (link: { href: string }) => head.push(link.href) }
			},
			importModule: async (url: string) => {
				imports.push(url);
				return { start: () => {} };
			}
		});
		frames.shift()!();
		const perTask: number[] = [];
		while (timers.length) {
			const before = head.length;
			timers.shift()!();
			await Promise.resolve();
			perTask.push(head.length - before);
			if (imports.length) break;
		}
		// 11 links: the task after the frame adds the first four, the next two tasks four and three, then the imports
		expect(perTask).toEqual([PRELOADS_PER_TASK, PRELOADS_PER_TASK, 3, 0]);
		expect(head).toEqual([
			...chunks,
			'../../_app/immutable/chunks/C.js',
			'../../_app/immutable/entry/app.B.js'
		]);
		expect(imports).toHaveLength(2);
	});

	it('starts at once in a hidden or prerendering tab, which paints nothing', async () => {
		const head: unknown[] = [];
		const started: boolean[] = [];
		runInNewContext(scriptOf(out)!.replaceAll('import(', 'importModule('), {
			location: 'http://x/nb/',
			URL,
			Promise,
			setTimeout,
			requestAnimationFrame: () => {
				throw new Error('no frames in a hidden tab');
			},
			document: {
				visibilityState: 'hidden',
				currentScript: { parentElement: {} },
				createElement: () => ({}),
				head: { append: (link: unknown) => head.push(link) }
			},
			importModule: async () => ({ start: () => started.push(true) })
		});
		await new Promise((r) => setTimeout(r, 0));
		expect(head).toHaveLength(3);
		expect(started).toEqual([true]);
	});

	it('leaves a page without the app (no start script, no preloads) as it is', () => {
		const html = '<html><head><link href="a.css" rel="stylesheet"></head><body>Hei</body></html>';
		expect(paintFirst(html)).toBe(html);
	});

	it('fails the build, saying why, when SvelteKit changes the shape it relies on', () => {
		const other = start.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => paintFirst(page(other))).toThrow(PaintFirstError);
		expect(() => paintFirst(page(other))).toThrow(/unexpected shape/);
		expect(() => paintFirst(page().replace(/'sha256-[^']+'/, "'sha256-x'"))).toThrow(/by hash/);
		expect(() => paintFirst('<head><link href="a.js" rel="modulepreload"></head><body></body>')).toThrow(
			/no SvelteKit start script/
		);
	});
});
