import { expect, test, type Page } from '@playwright/test';
import { seed, singleRenter } from './counselor-helpers';
import { gotoHydrated, openFolds } from './helpers';

/**
 * WCAG 2.2 SC 2.5.8 Target Size (Minimum): a target is at least 24 × 24 CSS px; or a 24 px wide circle centred on it
 * meets no other target and no other undersized target's circle; or it sits in a line of text (a link in a sentence,
 * or one whose height the line of text around it sets).
 * On top of that, a target with a line of its own (a telephone number, an e-mail address, a footer link) is 24 px
 * by size, so that it does not depend on where its neighbours happen to be.
 */
const MIN = 24;

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Target extends Box {
	name: string;
	/** Its boxes: one per line for a link that wraps. */
	boxes: Box[];
	/** In a line of text (2.5.8's inline exception). */
	inText: boolean;
	/** Index of an enclosing or enclosed target: a control and its own label or wrapper are one target. */
	parent: number;
}

function measureTargets(): Target[] {
	const selector =
		'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
	const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
		const r = el.getBoundingClientRect();
		if (r.width <= 1 || r.height <= 1) return false;
		// visually hidden (the skip link until it has focus, screen-reader-only text)
		const style = getComputedStyle(el);
		return (
			style.visibility !== 'hidden' && style.clipPath !== 'inset(50%)' && !el.closest('[class*="sr-only"]')
		);
	});
	const page = (r: DOMRect): Box => ({
		x: r.left + scrollX,
		y: r.top + scrollY,
		width: r.width,
		height: r.height
	});
	// A radio's or checkbox's target is the control and its label.
	const boxesOf = (el: HTMLElement): Box[] => {
		if (el instanceof HTMLInputElement && ['radio', 'checkbox'].includes(el.type)) {
			const rects = [el, ...(el.labels ?? [])]
				.map((e) => e.getBoundingClientRect())
				.filter((b) => b.width > 0);
			const left = Math.min(...rects.map((b) => b.left));
			const top = Math.min(...rects.map((b) => b.top));
			const right = Math.max(...rects.map((b) => b.right));
			const bottom = Math.max(...rects.map((b) => b.bottom));
			return [page(new DOMRect(left, top, right - left, bottom - top))];
		}
		const fragments = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
		return (fragments.length ? fragments : [el.getBoundingClientRect()]).map(page);
	};
	const blockOf = (el: HTMLElement): HTMLElement => {
		let node = el.parentElement!;
		while (node.parentElement && getComputedStyle(node).display.startsWith('inline'))
			node = node.parentElement;
		return node;
	};
	// Words that belong to no target and share a line with the element.
	const sharesLineWithText = (el: HTMLElement, boxes: Box[]): boolean => {
		const walker = document.createTreeWalker(blockOf(el), NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!/\p{L}{2}/u.test(node.textContent ?? '') || node.parentElement?.closest(selector)) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of [...range.getClientRects()].map(page))
				if (boxes.some((b) => Math.min(b.y + b.height, r.y + r.height) - Math.max(b.y, r.y) > b.height / 2))
					return true;
		}
		return false;
	};
	return visible.map((el) => {
		const boxes = boxesOf(el);
		const x = Math.min(...boxes.map((b) => b.x));
		const y = Math.min(...boxes.map((b) => b.y));
		const inline = getComputedStyle(el).display === 'inline';
		const label = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 40);
		return {
			name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} «${label}»`,
			boxes,
			x,
			y,
			width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
			height: Math.max(...boxes.map((b) => b.height)),
			inText: inline && (boxes.length > 1 || sharesLineWithText(el, boxes)),
			parent: visible.findIndex((other) => other !== el && (other.contains(el) || el.contains(other)))
		};
	});
}

const undersized = (t: Target) => t.width < MIN - 0.5 || t.height < MIN - 0.5;
const described = (t: Target) =>
	`${t.name} ${t.width.toFixed(0)}×${t.height.toFixed(0)} px at ${t.x.toFixed(0)},${t.y.toFixed(0)}`;

/** The targets that break 2.5.8, with the target their circle meets. */
function offenders(targets: Target[]): string[] {
	const centre = (b: Box) => ({ cx: b.x + b.width / 2, cy: b.y + b.height / 2 });
	const distance = (px: number, py: number, b: Box) =>
		Math.hypot(Math.max(b.x - px, 0, px - (b.x + b.width)), Math.max(b.y - py, 0, py - (b.y + b.height)));
	const out: string[] = [];
	targets.forEach((t, i) => {
		if (!undersized(t) || t.inText) return;
		const { cx, cy } = centre(t);
		const clash = targets.find((o, j) => {
			if (j === i || o.parent === i || t.parent === j) return false;
			if (undersized(o) && !o.inText) {
				const c = centre(o);
				return Math.hypot(c.cx - cx, c.cy - cy) < MIN;
			}
			return o.boxes.some((b) => distance(cx, cy, b) < MIN / 2);
		});
		if (clash) out.push(`${described(t)}: its circle meets ${described(clash)}`);
	});
	return out;
}

const pages: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
	{ name: 'start', path: '/nb/' },
	{ name: 'question (choice)', path: '/nb/sporsmal/boform/' },
	{ name: 'question (number)', path: '/nb/sporsmal/inntekt_maned/' },
	{ name: 'question (several)', path: '/nb/sporsmal/behov/' },
	{ name: 'check', path: '/nb/svar/' },
	{
		name: 'results',
		path: '/nb/resultat/',
		ready: async (page) => {
			await expect(page.locator('main')).toHaveAttribute('data-results', 'complete');
			// every fold open: the sources and steps inside them are targets too
			await openFolds(page);
		}
	},
	{ name: 'scheme', path: '/nb/ordninger/bostotte/' },
	{
		name: 'counselor',
		path: '/nb/veileder/',
		ready: async (page) => {
			await expect(page.locator('[data-group="husstand"]')).toBeVisible();
			await openFolds(page);
		}
	}
];

test.describe('target size (WCAG 2.2, 2.5.8)', () => {
	for (const { name, path, ready } of pages) {
		test(`${name} page at 390 and 320 px: every target is 24 × 24 px or spaced as 2.5.8 allows`, async ({
			page
		}) => {
			await seed(page, singleRenter, { date: '2026-11-26' });
			await page.setViewportSize({ width: 390, height: 844 });
			await gotoHydrated(page, path);
			await ready?.(page);
			// the page is laid out anew for the narrower screen (nothing of it reads the width in script)
			for (const width of [390, 320]) {
				await page.setViewportSize({ width, height: 844 });
				const targets = await page.evaluate(measureTargets);
				expect(targets.length, 'targets measured').toBeGreaterThan(2);
				const alone = targets.filter((t) => undersized(t) && !t.inText).map(described);
				expect.soft(offenders(targets), `2.5.8 offenders on ${path} at ${width} px`).toEqual([]);
				expect(alone, `targets on a line of their own under 24 px on ${path} at ${width} px`).toEqual([]);
			}
		});
	}
});
