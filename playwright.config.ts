import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several checkouts run their end-to-end tests side by side (the sub-path build is served on the next
// port, the national build on the one after).
const port = Number(process.env.E2E_PORT ?? 4173);
const desktop = { ...devices['Desktop Chrome'], channel: undefined };
// One name per run, set where the runner reads this file and inherited by its workers (tests/e2e/walk.ts).
process.env.E2E_RUN ??= `${process.pid}-${Date.now()}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// The service worker precaches the whole site (some 1 200 files) in every new context, i.e. in every test, on
		// the machine the test runs on. Only the specs about it let it run: offline-privacy (offline, its CSP) and
		// privacy-journey (its requests are among those that must stay on the site).
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	// The household walks are a project of their own so that the journey report, which needs all of them, can run
	// after them while the other specs run beside them. They are listed first, so they start first: the longest tests
	// at the start and the short ones at the end leave the two workers less unevenly done.
	projects: [
		{ name: 'journeys', use: desktop, testMatch: /[\\/]journeys\.spec\.ts$/ },
		{ name: 'chromium', use: desktop, testIgnore: /[\\/]journeys(-report)?\.spec\.ts$/ },
		{
			name: 'journeys-report',
			use: desktop,
			testMatch: /[\\/]journeys-report\.spec\.ts$/,
			dependencies: ['journeys']
		}
	],
	webServer: [
		{
			command: `node scripts/serve.mjs build ${port} /`,
			url: `http://127.0.0.1:${port}/nb/`,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `node scripts/serve.mjs build-subpath ${port + 1} /boligsjekk`,
			url: `http://127.0.0.1:${port + 1}/boligsjekk/nb/`,
			reuseExistingServer: !process.env.CI
		},
		{
			// KOMMUNE=0000 BUILD_DIR=build-national npx vite build: the build for the whole country
			command: `node scripts/serve.mjs build-national ${port + 2} /`,
			url: `http://127.0.0.1:${port + 2}/nb/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
