import { flushSync } from 'svelte';

/**
 * Parts of a page that are mounted after the first paint, a few per task, in the order they were asked for, so
 * that hydrating a long results page is not one long task (Lighthouse "Total Blocking Time"). Nothing is left
 * out: every part is mounted within a few frames, and `all()` mounts the rest at once (before printing, before
 * following a link to a part). Use with `<Deferred later={…}>…</Deferred>`.
 */
export class Later {
	/** True once every part asked for so far is mounted (`data-results="complete"` hooks on it). */
	done = $state(false);
	/**
	 * Parts only a print-out needs (the results page's print summary) wait for this: they are hidden on screen,
	 * so building them on every visit would be work for nothing.
	 */
	printing = $state(false);
	#queue: Slot[] = [];
	/** Slots asked for while a part is being mounted: its own parts, which go first (document order). */
	#nested: Slot[] | null = null;
	#started = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#frame: number | null = null;
	/** Time per task spent mounting parts; a part is never split, so a task can run a little over. */
	readonly #budgetMs: number;

	constructor(budgetMs = 3) {
		this.#budgetMs = budgetMs;
	}

	/** A slot whose `shown` turns true when its turn comes (at once when everything is already mounted). */
	add(): Slot {
		const slot = new Slot();
		if (this.#started && this.done) slot.shown = true;
		else (this.#nested ?? this.#queue).push(slot);
		return slot;
	}

	/** Starts mounting after the next frame is painted. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = null;
			this.#schedule();
		});
	}

	/** Mounts everything still waiting, synchronously (nested parts too). */
	all(): void {
		this.#started = true;
		this.#cancel();
		while (this.#queue.length) {
			for (const slot of this.#queue.splice(0)) slot.shown = true;
			flushSync();
		}
		this.done = true;
		flushSync();
	}

	/** Before printing: the print-only parts and everything still waiting, at once. */
	print(): void {
		this.printing = true;
		this.all();
	}

	stop(): void {
		this.#cancel();
		this.#queue.length = 0;
	}

	/** Shows one slot; the slots its content asks for are queued next, before the later parts of the page. */
	#mount(slot: Slot): void {
		this.#nested = [];
		try {
			slot.shown = true;
			flushSync();
		} finally {
			this.#queue.unshift(...this.#nested);
			this.#nested = null;
		}
	}

	#cancel(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		if (this.#frame !== null) cancelAnimationFrame(this.#frame);
		this.#timer = this.#frame = null;
	}

	#schedule(): void {
		if (this.#timer === null) this.#timer = setTimeout(() => this.#pump(), 0);
	}

	#pump(): void {
		this.#timer = null;
		const start = performance.now();
		while (this.#queue.length && performance.now() - start < this.#budgetMs) {
			this.#mount(this.#queue.shift()!);
		}
		if (this.#queue.length) this.#schedule();
		else this.done = true;
	}
}

export class Slot {
	shown = $state(false);
}
