import { describe, expect, it } from 'vitest';
import { preloadTexts, TextPreloadError } from '$lib/server/text-preloads';

const page = `<head>
		<link href="../../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="../../_app/immutable/chunks/C.js" rel="modulepreload">
		<link href="../../_app/immutable/assets/0.css" rel="stylesheet">
	</head>`;
const manifest = {
	'src/lib/i18n/locales/nn/common.json': { file: '_app/immutable/chunks/common-nn.js' },
	'src/lib/i18n/locales/nn/results.json': { file: '_app/immutable/chunks/results-nn.js' },
	'src/lib/i18n/locales/nb/results.json': { file: '_app/immutable/chunks/results-nb.js' }
};

describe('preloadTexts (the results page fetches its texts with its code)', () => {
	it("lists the language's text chunks after the page's last modulepreload link, with the same relative path", () => {
		const out = preloadTexts(page, 'nn', ['common', 'results'], manifest);
		const hrefs = [...out.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((m) => m[1]);
		expect(hrefs).toEqual([
			'../../_app/immutable/entry/start.A.js',
			'../../_app/immutable/chunks/C.js',
			'../../_app/immutable/chunks/common-nn.js',
			'../../_app/immutable/chunks/results-nn.js'
		]);
		expect(out.indexOf('results-nn.js')).toBeLessThan(out.indexOf('0.css'));
		expect(out).not.toContain('results-nb.js');
	});

	it('names the locale file the build has no chunk for', () => {
		expect(() => preloadTexts(page, 'nn', ['schemes'], manifest)).toThrow(
			new TextPreloadError(
				"the client build's manifest has no chunk for src/lib/i18n/locales/nn/schemes.json"
			)
		);
	});

	it('refuses a page without modulepreload links', () => {
		expect(() => preloadTexts('<head></head>', 'nn', ['results'], manifest)).toThrow(TextPreloadError);
	});
});
