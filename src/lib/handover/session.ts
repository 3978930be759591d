// Putting checked answers into this tab's session (the wizard's storage), and reading a share link on page load.
import type { AnswerFile, Answers, RuleSet } from '$lib/rules';
import { emptySession, loadSession, saveSession, type SavedSession } from '$lib/wizard/storage';
import type { Problem } from './answer-file';
import { decodePayload, payloadFromHash } from './link';

/**
 * Replaces the session's answers with a checked answer file (nothing is merged: the file is the case). The file's
 * date, when present, becomes the evaluation date.
 */
export function sessionFromFile(file: AnswerFile, rulesVersion: string, kommune: string): SavedSession {
	const s = emptySession(rulesVersion, file.kommune ?? kommune);
	s.answers = { ...file.answers };
	if (file.date) s.date = file.date;
	return s;
}

export function applyAnswerFile(file: AnswerFile, rulesVersion: string, kommune: string): SavedSession {
	const s = sessionFromFile(file, rulesVersion, kommune);
	saveSession(s);
	return s;
}

export type LinkLoad =
	/** `refused`: the link named a municipality this build cannot serve (see CheckResult). */
	| { status: 'loaded'; file?: AnswerFile; refused?: string }
	| { status: 'rejected'; problems: Problem[] }
	/** A valid link whose answers differ from the ones in this tab: nothing is replaced until the user says so. */
	| { status: 'conflict'; file: AnswerFile; refused?: string };

let pending: LinkLoad | null = null;
/** Set when the user chose a link's answers and the page reloads to show them (see replaceFromLink). */
const APPLIED_KEY = 'boligsjekk:lenke-brukt';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether replacing `mine` with `theirs` would lose an answer: one here that the other set lacks or changes. */
export function answersDiffer(mine: Answers, theirs: Answers): boolean {
	return Object.keys(mine).some((k) => !Object.hasOwn(theirs, k) || !same(mine[k], theirs[k]));
}

/**
 * Reads `#svar=…` from the address. A valid link fills an empty session (or one with the same answers); where this
 * tab holds other answers it waits for the user's choice (`conflict`); a bad one leaves them untouched. Either way
 * the fragment is removed from the address bar at once (it stays in the history entry already made). Safe to call
 * more than once: the second call finds no fragment.
 */
export function consumeLink(rules: RuleSet, rulesVersion: string, kommune: string): void {
	if (typeof window === 'undefined') return;
	const payload = payloadFromHash(window.location.hash);
	if (payload === null) {
		const flag = takeFlag();
		if (flag !== null) pending = flag ? { status: 'loaded', refused: flag } : { status: 'loaded' };
		return;
	}
	const r = decodePayload(rules, payload);
	if (!r.ok) pending = { status: 'rejected', problems: r.problems };
	else {
		const refused = r.refused === undefined ? {} : { refused: r.refused };
		if (answersDiffer(loadSession(rulesVersion, kommune).session.answers, r.value.answers))
			pending = { status: 'conflict', file: r.value, ...refused };
		else {
			applyAnswerFile(r.value, rulesVersion, kommune);
			pending = { status: 'loaded', file: r.value, ...refused };
		}
	}
	try {
		history.replaceState(history.state, '', window.location.pathname + window.location.search);
	} catch {
		/* the fragment then stays in the address bar; the answers are loaded all the same */
	}
}

/** The user chose a link's answers over this tab's: they replace the session, and the page shows them after a reload. */
export function replaceFromLink(
	file: AnswerFile,
	rulesVersion: string,
	kommune: string,
	refused?: string
): void {
	applyAnswerFile(file, rulesVersion, kommune);
	try {
		// the municipality number the link named that this build cannot serve, said again after the reload
		sessionStorage.setItem(APPLIED_KEY, refused ?? '');
	} catch {
		/* no notice after the reload; the answers are replaced all the same */
	}
	location.reload();
}

function takeFlag(): string | null {
	try {
		const set = sessionStorage.getItem(APPLIED_KEY);
		sessionStorage.removeItem(APPLIED_KEY);
		return set;
	} catch {
		return null;
	}
}

/** What the last link did (once): shown by the page that loaded it. */
export function takeLinkLoad(): LinkLoad | null {
	const p = pending;
	pending = null;
	return p;
}
