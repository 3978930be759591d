import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run journeys`: the journey walks alone, against the root build only (no sub-path server needed).
export default defineConfig({
	...base,
	testDir: '../e2e',
	testMatch: 'journeys.spec.ts',
	reporter: [['list']],
	// run from the repository root, where `npm run journeys` starts (the server's path is relative to it)
	webServer: { ...(Array.isArray(base.webServer) ? base.webServer[0] : base.webServer)!, cwd: process.cwd() }
});
