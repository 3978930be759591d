import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySession, loadSession, saveSession, STORAGE_KEY } from '$lib/wizard/storage';

/** A session storage with a quota, as browsers have. */
class FakeStorage {
	items = new Map<string, string>();
	writes = 0;
	constructor(readonly quota = Infinity) {}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.writes++;
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

describe('saveSession', () => {
	let store: FakeStorage;
	const g = globalThis as { sessionStorage?: unknown };
	beforeEach(() => {
		store = new FakeStorage();
		g.sessionStorage = store;
	});
	afterEach(() => {
		delete g.sessionStorage;
	});

	it('returns exactly the text it stored, so the wizard need not read it back', () => {
		const session = { ...emptySession('v1', '3226'), answers: { alder: 34 } };
		const text = saveSession(session);
		expect(text).toBe(store.getItem(STORAGE_KEY));
		expect(store.writes).toBe(1);
		expect(loadSession('v1', '3226').session.answers).toEqual({ alder: 34 });
	});

	it('when the storage is full, keeps what was stored before and returns that', () => {
		saveSession({ ...emptySession('v1', '3226'), answers: { alder: 34 } });
		const before = store.getItem(STORAGE_KEY);
		g.sessionStorage = Object.assign(new FakeStorage(10), { items: store.items });
		expect(saveSession({ ...emptySession('v1', '3226'), answers: { alder: 35 } })).toBe(before);
		expect(loadSession('v1', '3226').session.answers).toEqual({ alder: 34 });
	});

	it('returns null where the browser keeps no session storage', () => {
		delete g.sessionStorage;
		expect(saveSession(emptySession('v1', '3226'))).toBeNull();
	});
});
