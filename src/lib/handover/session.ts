// Putting checked answers into this tab's session (the wizard's storage), and reading a share link on page load.
import type { AnswerFile, RuleSet } from '$lib/rules';
import { emptySession, saveSession, type SavedSession } from '$lib/wizard/storage';
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

export type LinkLoad = { status: 'loaded'; file: AnswerFile } | { status: 'rejected'; problems: Problem[] };

let pending: LinkLoad | null = null;

/**
 * Reads `#svar=…` from the address: a valid link replaces the session's answers; a bad one leaves them untouched.
 * Either way the fragment is removed from the address bar at once (it stays in the history entry already made).
 * Safe to call more than once: the second call finds no fragment.
 */
export function consumeLink(rules: RuleSet, rulesVersion: string, kommune: string): void {
	if (typeof window === 'undefined') return;
	const payload = payloadFromHash(window.location.hash);
	if (payload === null) return;
	const r = decodePayload(rules, payload);
	if (r.ok) {
		applyAnswerFile(r.value, rulesVersion, kommune);
		pending = { status: 'loaded', file: r.value };
	} else pending = { status: 'rejected', problems: r.problems };
	try {
		history.replaceState(history.state, '', window.location.pathname + window.location.search);
	} catch {
		/* the fragment then stays in the address bar; the answers are loaded all the same */
	}
}

/** What the last link did (once): shown by the page that loaded it. */
export function takeLinkLoad(): LinkLoad | null {
	const p = pending;
	pending = null;
	return p;
}
