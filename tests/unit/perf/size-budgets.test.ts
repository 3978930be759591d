// The byte budgets of issue 8 as `npm run size -- --check` applies them (first matching route rule, else the
// per-route ceiling), so a typo in a regex cannot silently exempt a page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statsFileFor } from '../../../scripts/perf/stats-plugin.js';

type Budgets = {
	startDynamic: (string | { module: string; routes: string })[];
	maxJsGzipPerRoute: number;
	routes: { label: string; match: string; build?: string; maxJsGzip: number }[];
	lighthouse: Record<string, number>;
	interaction: { medianMs: number; cpuThrottling: number };
};
const budgets: Budgets = JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'));
const limitFor = (route: string, build = 'build') =>
	budgets.routes.find((r) => (!r.build || r.build === build) && new RegExp(r.match).test(route))?.maxJsGzip ??
	budgets.maxJsGzipPerRoute;

describe('size budgets', () => {
	it('holds start pages to 50 KB of gzip JS in every language', () => {
		for (const lang of ['nb', 'nn', 'en', 'uk', 'ar']) expect(limitFor(`/${lang}/`)).toBe(50 * 1024);
	});

	it('holds question pages to 100 KB in every language and build, rules and texts included', () => {
		for (const lang of ['nb', 'nn', 'en', 'pl', 'uk', 'ar', 'so']) {
			expect(limitFor(`/${lang}/sporsmal/alder/`)).toBe(99.5 * 1024);
			expect(limitFor(`/${lang}/sporsmal/kommunenummer/`)).toBe(99.5 * 1024);
			expect(limitFor(`/${lang}/sporsmal/alder/`, 'build-national')).toBe(100 * 1024);
			expect(limitFor(`/${lang}/`, 'build-national')).toBe(50 * 1024);
		}
	});

	it('holds the national page that asks for the municipality, with its field, to 100 KB too', () => {
		for (const lang of ['nb', 'uk']) {
			expect(limitFor(`/${lang}/sporsmal/kommunenummer/`, 'build-national')).toBe(100 * 1024);
			expect(budgets.startDynamic).toContainEqual({
				routes: expect.stringMatching(/kommunenummer/),
				module: 'src/lib/components/question/'
			});
		}
	});

	it('holds every other route to 150 KB', () => {
		for (const route of [
			'/',
			'/nb/sporsmal/',
			'/nb/svar/',
			'/nb/resultat/',
			'/en/veileder/',
			'/nn/ordninger/bostotte/'
		])
			expect(limitFor(route)).toBe(150 * 1024);
	});

	it('counts the current language’s locale chunks as first-load bytes', () => {
		expect(budgets.startDynamic).toContain('src/lib/i18n/locales/{lang}/');
	});

	it('records the Lighthouse and interaction targets the bench prints PASS/FAIL against', () => {
		expect(budgets.lighthouse).toEqual({ performance: 98, accessibility: 100, 'best-practices': 100 });
		expect(budgets.interaction).toEqual({ medianMs: 16, cpuThrottling: 4 });
	});
});

describe('chunk stats location', () => {
	it('keeps one stats file per build directory, outside the build', () => {
		const a = statsFileFor('build', '/repo');
		const b = statsFileFor('build-subpath', '/repo');
		expect(a).not.toBe(b);
		expect(a.startsWith('/repo/.svelte-kit/perf/')).toBe(true);
		expect(statsFileFor('/repo/build', '/elsewhere')).toBe(
			statsFileFor('build', '/repo').replace('/repo/', '/elsewhere/')
		);
	});
});
