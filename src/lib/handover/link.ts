// Share links: the answers, deflated and base64url-encoded, in the URL fragment (`#svar=1.<payload>`). A fragment
// is never sent to a server (not in the request line, not in logs, not in Referer), but it does stay in the
// browser's history, which the UI warns about.
import { Inflate } from 'fflate';
import type { RuleSet } from '$lib/rules';
import { MAX_BYTES, checkAnswerData, type CheckResult, type Problem } from './answer-file';

export const FRAGMENT_KEY = 'svar';
export const VERSION = '1';
/** Compressed bytes accepted from a link; far more than any real answer set (a few hundred bytes). */
const MAX_COMPRESSED = 16 * 1024;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export type LinkTarget = 'resultat' | 'veileder';

function fromBase64Url(s: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
	try {
		const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return null;
	}
}

/** Inflates at most MAX_BYTES of output, in small steps so a "zip bomb" is stopped early. */
function inflateLimited(data: Uint8Array): Uint8Array | 'too-large' | null {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let tooLarge = false;
	const inf = new Inflate((chunk) => {
		total += chunk.length;
		if (total > MAX_BYTES) {
			tooLarge = true;
			throw new Error('too large');
		}
		chunks.push(chunk);
	});
	try {
		for (let i = 0; i < data.length; i += 256) inf.push(data.subarray(i, i + 256), i + 256 >= data.length);
		if (data.length === 0) inf.push(new Uint8Array(0), true);
	} catch {
		return tooLarge ? 'too-large' : null;
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

const bad = (detail: string, code: Problem['code'] = 'bad-link'): CheckResult => ({
	ok: false,
	problems: [{ code, field: '', detail }]
});

/** Decodes and validates a payload from a link. Never throws; nothing is applied here. */
export function decodePayload(rules: RuleSet, payload: string, build: string = __KOMMUNE__): CheckResult {
	const dot = payload.indexOf('.');
	if (dot === -1) return bad('the link has no version');
	if (payload.slice(0, dot) !== VERSION)
		return {
			ok: false,
			problems: [
				{
					code: 'wrong-version',
					field: 'v',
					found: payload.slice(0, Math.min(dot, 8)),
					detail: 'unknown link version'
				}
			]
		};
	const body = payload.slice(dot + 1);
	if (body.length > (MAX_COMPRESSED * 4) / 3 + 4) return bad('the link is too long', 'too-large');
	const bytes = fromBase64Url(body);
	if (!bytes) return bad('the link is damaged (not base64url)');
	const json = inflateLimited(bytes);
	if (json === 'too-large') return bad(`the answers are larger than ${MAX_BYTES / 1024} KB`, 'too-large');
	if (!json) return bad('the link is damaged (cannot be decompressed)');
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch {
		return bad('the link is damaged (not JSON)');
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		return bad('the link holds no answers');
	const obj = data as Record<string, unknown>;
	for (const k of Object.keys(obj)) {
		if (FORBIDDEN.has(k))
			return {
				ok: false,
				problems: [{ code: 'forbidden-key', field: k, detail: `the key "${k}" is not allowed` }]
			};
		if (!['d', 'k', 'a'].includes(k))
			return { ok: false, problems: [{ code: 'unknown-field', field: k, detail: 'unknown field' }] };
	}
	const file: Record<string, unknown> = { format: 'boligsjekk-svar', formatVersion: 1, answers: obj.a };
	if (obj.d !== undefined) file.date = obj.d;
	if (obj.k !== undefined) file.kommune = obj.k;
	return checkAnswerData(rules, file, build);
}

/** `#svar=<payload>` → payload, or null when the fragment holds no answers. */
export function payloadFromHash(hash: string): string | null {
	const h = hash.replace(/^#/, '');
	for (const part of h.split('&')) {
		if (part.startsWith(`${FRAGMENT_KEY}=`)) return part.slice(FRAGMENT_KEY.length + 1);
	}
	return null;
}

/** The absolute link, e.g. `https://host/base/nb/resultat/#svar=1.…`. `root` is origin + base path. */
export function shareUrl(root: string, lang: string, target: LinkTarget, payload: string): string {
	return `${root.replace(/\/$/, '')}/${lang}/${target}/#${FRAGMENT_KEY}=${payload}`;
}
