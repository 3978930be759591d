import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatKr, plainSpaces, warmFormats } from '$lib/format';
import { bestLanguage } from '$lib/i18n/languages';

describe('formatKr', () => {
	it('writes kroner as Norwegians read them', () => {
		expect(plainSpaces(formatKr(12345, 'nb'))).toBe('12 345 kr');
		expect(plainSpaces(formatKr(12345, 'nn'))).toBe('12 345 kr');
		expect(plainSpaces(formatKr(3603.4, 'nb'))).toBe('3 603 kr');
		expect(plainSpaces(formatKr(12500.5, 'nb', { decimals: true }))).toBe('12 500,50 kr');
	});

	it('uses the page language in English, with Latin digits', () => {
		expect(plainSpaces(formatKr(12345, 'en'))).toBe('NOK 12,345');
	});

	it('uses a no-break space so an amount never wraps', () => {
		expect(formatKr(1000, 'nb')).toMatch(/^1\u00a0000\u00a0kr$/);
	});
});

describe('formatDate', () => {
	it('formats ISO dates in the page language', () => {
		expect(formatDate('2026-11-26', 'nb')).toBe('26. november 2026');
		expect(formatDate('2026-11-26', 'en')).toBe('26 November 2026');
	});

	it('rejects anything but YYYY-MM-DD', () => {
		expect(() => formatDate('26.11.2026', 'nb')).toThrow(/YYYY-MM-DD/);
	});
});

describe('bestLanguage', () => {
	it('maps Norwegian tags to bokmål or nynorsk', () => {
		expect(bestLanguage(['no'])).toBe('nb');
		expect(bestLanguage(['nb-NO', 'en'])).toBe('nb');
		expect(bestLanguage(['nn-NO'])).toBe('nn');
	});

	it('takes the first supported language in order of preference', () => {
		expect(bestLanguage(['de-DE', 'en-US', 'nb'])).toBe('en');
	});

	it('falls back to bokmål when nothing matches', () => {
		expect(bestLanguage(['de', 'fr'])).toBe('nb');
		expect(bestLanguage([])).toBe('nb');
	});
});

describe('warmFormats (ICU loaded in a worker, off the main thread)', () => {
	type Fake = {
		url: string;
		options: WorkerOptions | undefined;
		posted: unknown[];
		terminated: boolean;
		onmessage: (() => void) | null;
		onerror: (() => void) | null;
	};
	let made: Fake[];
	const g = globalThis as { Worker?: unknown };
	beforeEach(() => {
		made = [];
		vi.useFakeTimers();
		g.Worker = class {
			posted: unknown[] = [];
			terminated = false;
			onmessage = null;
			onerror = null;
			constructor(
				public url: URL,
				public options?: WorkerOptions
			) {
				made.push(this as unknown as Fake);
			}
			postMessage(m: unknown) {
				this.posted.push(m);
			}
			terminate() {
				this.terminated = true;
			}
		};
	});
	afterEach(() => {
		vi.useRealTimers();
		delete g.Worker;
	});

	it('asks a module worker to build the formatters of the page language, and is done when it answers', async () => {
		let done = false;
		const warm = warmFormats('pl').then(() => (done = true));
		expect(made).toHaveLength(1);
		expect(String(made[0]!.url)).toMatch(/intl-warm\.worker/);
		expect(made[0]!.options).toEqual({ type: 'module' });
		expect(made[0]!.posted).toEqual([{ locale: 'pl-PL-u-ca-gregory-nu-latn' }]);
		await Promise.resolve();
		expect(done).toBe(false);
		made[0]!.onmessage!();
		await warm;
		expect(made[0]!.terminated).toBe(true);
		// once per language
		await warmFormats('pl');
		expect(made).toHaveLength(1);
	});

	it('gives up after the timeout or on an error, so the results never wait for it', async () => {
		const late = warmFormats('uk', 1500);
		vi.advanceTimersByTime(1499);
		let settled = false;
		void late.then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		vi.advanceTimersByTime(1);
		await late;
		expect(made[0]!.terminated).toBe(true);

		const failing = warmFormats('so');
		made[1]!.onerror!();
		await failing;
		expect(made[1]!.terminated).toBe(true);
	});

	it('is done at once where there are no workers', async () => {
		delete g.Worker;
		await warmFormats('ar');
		expect(made).toHaveLength(0);
	});
});
