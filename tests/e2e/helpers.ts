import { deflateSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Prerendered buttons exist before hydration: waits for the root layout's marker before anything is clicked. Polled at
 * each frame (expect's back-off looks up to half a second late).
 */
export async function hydrated(page: Page): Promise<void> {
	try {
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, {
			timeout: 10_000
		});
	} catch {
		throw new Error(`${page.url()} was not hydrated within 10 s`);
	}
}

export async function gotoHydrated(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await hydrated(page);
}

/**
 * Opens every fold on the page and waits until the page is still. With reduced motion a fold opens at once
 * (designsystemet's details grow open over 0.4 s otherwise, overlapping what follows them while they grow): the open
 * page is the same, without a wait per fold. The results page also renders a part at a time.
 */
export async function openFolds(page: Page): Promise<void> {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.evaluate(async () => {
		document.querySelectorAll('details').forEach((d) => (d.open = true));
		await new Promise(requestAnimationFrame);
		await Promise.all(document.getAnimations().map((a) => a.finished));
	});
	let height = 0;
	await expect
		.poll(async () => {
			const last = height;
			height = await page.evaluate(() => document.documentElement.scrollHeight);
			return height === last;
		})
		.toBe(true);
}

/**
 * axe over the page with every WCAG 2.2 A/AA rule. It runs in the page itself (legacy mode: no blank page to merge
 * per-frame results in; same-origin frames, the only ones the CSP allows, are still checked) and keeps the nodes of
 * violations only. Both cut its CPU time by about two thirds on the unfolded results page; neither changes what it
 * reports as a violation.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.withTags(wcagTags)
		.setLegacyMode()
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The two static servers' origins; E2E_PORT lets several checkouts run their end-to-end tests side by side. */
export const e2ePort = Number(process.env.E2E_PORT ?? 4173);
export const origin = `http://127.0.0.1:${e2ePort}`;
export const subpathOrigin = `http://127.0.0.1:${e2ePort + 1}`;
/** The build for the whole country (KOMMUNE=0000, build-national/). */
export const nationalOrigin = `http://127.0.0.1:${e2ePort + 2}`;

/** A share link's fragment for the compact form `{ d?, k?, a }` (as src/lib/handover/encode.ts writes it). */
export function fragment(data: unknown): string {
	const b64 = Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(data))))
		.toString('base64')
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
	return `#svar=1.${b64}`;
}
