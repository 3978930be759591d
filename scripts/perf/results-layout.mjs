// Results page layout on a phone and in print, for a few households (issue 19): the page's height at 390 × 844,
// where the first amount and the primary action sit, and how many A4 pages the print-out takes (page.pdf + pdfinfo).
// Usage: node scripts/perf/results-layout.mjs [build dir] [port]   (serves the build itself; needs pdfinfo)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { households, savedSession } from './session.mjs';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4490);

const server = spawn('node', ['scripts/serve.mjs', dir, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox']
});
const out = mkdtempSync(join(tmpdir(), 'results-layout-'));
try {
	for (const [name, answers] of Object.entries(households)) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
		const page = await context.newPage();
		await page.addInitScript(
			(text) => sessionStorage.setItem('boligsjekk:svar', text),
			JSON.stringify(savedSession(answers))
		);
		await page.goto(`http://127.0.0.1:${port}/nb/resultat/`);
		await page.waitForSelector('main[data-results="complete"]');
		const m = await page.evaluate(() => {
			const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
			const amount = document.querySelector('main [data-amount-monthly], main [data-amount]');
			return {
				height: document.documentElement.scrollHeight,
				firstAmountTop: top(amount),
				firstAmount: amount?.textContent?.trim().replace(/\s+/g, ' ') ?? null,
				primaryActionTop: top(document.querySelector('main a.ds-button[data-variant="primary"]'))
			};
		});
		if (process.env.SHOTS)
			await page.screenshot({ path: join(process.env.SHOTS, `${name.replace(/\W+/g, '-')}.png`) });
		await page.emulateMedia({ media: 'print' });
		await page.waitForSelector('[data-print-summary]', { state: 'attached' });
		const file = join(out, `${name.replace(/\W+/g, '-')}.pdf`);
		writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
		const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
		console.log(JSON.stringify({ household: name, ...m, printPages: pages, pdf: file }));
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}
