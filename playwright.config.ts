import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: 'http://127.0.0.1:4173',
		trace: 'off',
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
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: [
		{
			command: 'node scripts/serve.mjs build 4173 /',
			url: 'http://127.0.0.1:4173/nb/',
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/serve.mjs build-subpath 4174 /boligsjekk',
			url: 'http://127.0.0.1:4174/boligsjekk/nb/',
			reuseExistingServer: !process.env.CI
		}
	]
});
