// The writing side of the hand-over (compressing answers into a link, drawing a QR code). Loaded on demand with
// `await import('$lib/handover/encode')` when a link or QR code is asked for, so pages that only read links stay small.
import { deflateSync } from 'fflate';
import type { AnswerFile } from '$lib/rules';
import { VERSION } from './link';

export { qrDrawing, type QrDrawing } from './qr';

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The payload for an answer file: `1.` + base64url(deflate(compact JSON {d, k, a})). */
export function encodePayload(file: Pick<AnswerFile, 'answers' | 'date' | 'kommune'>): string {
	const compact: Record<string, unknown> = {};
	if (file.date) compact.d = file.date;
	if (file.kommune) compact.k = file.kommune;
	compact.a = file.answers;
	const bytes = new TextEncoder().encode(JSON.stringify(compact));
	return `${VERSION}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}
