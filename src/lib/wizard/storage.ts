import type { Answers } from '$lib/rules';

/**
 * The session's answers, kept only in this tab's sessionStorage (never localStorage, never a cookie). The saved
 * record is the documented answer format plus what the UI needs to resume: the raw text the user typed (so an
 * error never loses it), the chosen period for amounts, and the rules version the answers were given under.
 */
export interface SavedSession {
	format: 'boligsjekk-svar';
	formatVersion: 1;
	rulesVersion: string;
	kommune: string;
	/** Evaluation date chosen by a counselor; absent means today. */
	date?: string;
	answers: Answers;
	/** What the user typed, per question id, for inputs that are parsed (amounts, numbers, dates). */
	raw: Record<string, string>;
	/** `month` or `year` per amount question, as the user picked it. */
	periods: Record<string, 'month' | 'year'>;
	/** The journey's place: questions in the order seen, and the one on screen (so a reload resumes there). */
	trail?: string[];
	current?: string | null;
	savedAt: string;
}

export const STORAGE_KEY = 'boligsjekk:svar';
/** Dispatched on `window` when this tab saves its session. */
export const SESSION_SAVED = 'boligsjekk:lagret';

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

export function emptySession(rulesVersion: string, kommune: string): SavedSession {
	return {
		format: 'boligsjekk-svar',
		formatVersion: 1,
		rulesVersion,
		kommune,
		answers: {},
		raw: {},
		periods: {},
		savedAt: new Date().toISOString()
	};
}

/**
 * Reads the saved session. A session saved under other rules is kept (answers are re-evaluated with the current
 * rules) and reported with `rulesChanged`, so the UI can say so; a damaged record is ignored, not thrown.
 */
export function loadSession(
	rulesVersion: string,
	kommune: string
): { session: SavedSession; rulesChanged: boolean; resumed: boolean } {
	const text = storage()?.getItem(STORAGE_KEY);
	if (!text) return { session: emptySession(rulesVersion, kommune), rulesChanged: false, resumed: false };
	try {
		const parsed = JSON.parse(text) as Partial<SavedSession>;
		if (parsed.format !== 'boligsjekk-svar' || typeof parsed.answers !== 'object' || !parsed.answers) {
			throw new Error('not a Boligsjekk session');
		}
		const session: SavedSession = {
			...emptySession(rulesVersion, kommune),
			...parsed,
			answers: { ...parsed.answers },
			raw: { ...(parsed.raw ?? {}) },
			periods: { ...(parsed.periods ?? {}) },
			rulesVersion,
			kommune: parsed.kommune ?? kommune
		};
		return { session, rulesChanged: parsed.rulesVersion !== rulesVersion, resumed: true };
	} catch {
		return { session: emptySession(rulesVersion, kommune), rulesChanged: false, resumed: false };
	}
}

/** Returns the text now stored (null where the browser keeps no session storage), so a caller need not read it back. */
export function saveSession(session: SavedSession): string | null {
	const s = storage();
	if (!s) return null;
	const text = JSON.stringify({ ...session, savedAt: new Date().toISOString() });
	try {
		s.setItem(STORAGE_KEY, text);
	} catch {
		return s.getItem(STORAGE_KEY);
	}
	// the header names the session's municipality (ServiceOwner); the storage event only reaches other tabs
	if (typeof dispatchEvent === 'function') dispatchEvent(new Event(SESSION_SAVED));
	return text;
}

/** «Avslutt og slett svarene»: removes everything this service keeps in the browser. */
export function clearSession(): void {
	const s = storage();
	if (!s) return;
	for (const key of Object.keys(s)) if (key.startsWith('boligsjekk:')) s.removeItem(key);
}
