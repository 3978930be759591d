import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run journeys`: the household walks and their report alone, against the root build only (no other server).
export default defineConfig({
	...base,
	testDir: '.',
	projects: base.projects!.filter((p) => p.name!.startsWith('journeys')),
	reporter: [['list']],
	// run from the repository root, where `npm run journeys` starts (the server's path is relative to it)
	webServer: { ...(Array.isArray(base.webServer) ? base.webServer[0] : base.webServer)!, cwd: process.cwd() }
});
