import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { evaluate } from '../../../src/lib/rules';
import {
	MAX_BYTES,
	answerFileName,
	parseAnswerFile,
	serializeAnswerFile,
	toAnswerFile
} from '../../../src/lib/handover/answer-file';
import { decodePayload, payloadFromHash, shareUrl } from '../../../src/lib/handover/link';
import { encodePayload, qrDrawing } from '../../../src/lib/handover/encode';
import { formatAnswer, inCatalogueOrder } from '../../../src/lib/handover/format-answer';
import { sessionFromFile } from '../../../src/lib/handover/session';

const rules = loadRuleSet('rules', { validate: false });
const answers = {
	boform: 'leier',
	antall_voksne: 1,
	antall_barn: 0,
	alder: 34,
	husleie_maned: 9000,
	inntekt_maned: 15000,
	student_unntak: ['ingen']
};
const file = (a: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers: a, ...extra });

function b64url(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('answer file export', () => {
	it('writes the documented format and names the file by date', () => {
		const f = toAnswerFile(answers, { date: '2026-07-01', kommune: '3226' });
		expect(Object.keys(f)).toEqual(['$schema', 'format', 'formatVersion', 'date', 'kommune', 'answers']);
		expect(f.format).toBe('boligsjekk-svar');
		expect(answerFileName('2026-11-26')).toBe('boligsjekk-svar-2026-11-26.json');
		expect(() => answerFileName('26.11.2026')).toThrow();
	});

	it('round-trips through serialize and parse', () => {
		const text = serializeAnswerFile(toAnswerFile(answers, { date: '2026-07-01', kommune: '3226' }));
		const r = parseAnswerFile(rules, text);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.value.answers).toEqual(answers);
			expect(r.value.date).toBe('2026-07-01');
		}
	});

	it('accepts bytes with a byte-order mark', () => {
		const bytes = new TextEncoder().encode('\uFEFF' + file(answers));
		expect(parseAnswerFile(rules, bytes).ok).toBe(true);
	});
});

describe('hostile or broken answer files are refused, naming the problem', () => {
	const problems = (input: string | Uint8Array) => {
		const r = parseAnswerFile(rules, input);
		expect(r.ok).toBe(false);
		return r.ok ? [] : r.problems;
	};

	it('malformed JSON', () => {
		expect(problems('{"format": "boligsjekk-svar",')[0]!.code).toBe('not-json');
	});
	it('empty file', () => {
		expect(problems('  \n')[0]!.code).toBe('empty');
	});
	it('not UTF-8', () => {
		expect(problems(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]))[0]!.code).toBe('not-json');
	});
	it('oversized (> 100 KB), before parsing', () => {
		const big = file(answers, { $schema: 'x'.repeat(MAX_BYTES) });
		expect(problems(big)[0]!.code).toBe('too-large');
	});
	it('an array or a number instead of an object', () => {
		expect(problems('[1,2]')[0]!.code).toBe('not-object');
		expect(problems('42')[0]!.code).toBe('not-object');
	});
	it('wrong format and wrong version', () => {
		const p = problems(JSON.stringify({ format: 'other', formatVersion: 2, answers: {} }));
		expect(p.map((x) => x.code).sort()).toEqual(['wrong-format', 'wrong-version']);
		expect(p.find((x) => x.code === 'wrong-version')!.found).toBe('2');
	});
	it('__proto__ keys, at the top and among the answers', () => {
		const top = problems(
			'{"__proto__": {"polluted": true}, "format": "boligsjekk-svar", "formatVersion": 1, "answers": {}}'
		);
		expect(top[0]).toMatchObject({ code: 'forbidden-key', field: '__proto__' });
		const inner = problems(
			'{"format": "boligsjekk-svar", "formatVersion": 1, "answers": {"__proto__": {"x": 1}}}'
		);
		expect(inner[0]).toMatchObject({ code: 'forbidden-key', field: 'answers.__proto__' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(problems(file({ constructor: 1 }))[0]!.code).toBe('forbidden-key');
	});
	it('huge numbers (1e308) and infinity-like values', () => {
		const p = problems(file({ ...answers, inntekt_maned: 1e308 }));
		expect(p).toHaveLength(1);
		expect(p[0]).toMatchObject({
			code: 'invalid-value',
			field: 'answers.inntekt_maned',
			question: 'inntekt_maned'
		});
		expect(p[0]!.found).toBe('1e+308');
		expect(problems(file({ ...answers, husleie_maned: -5 }))[0]!.code).toBe('invalid-value');
		expect(
			problems('{"format":"boligsjekk-svar","formatVersion":1,"answers":{"alder":1e999}}')[0]!.code
		).toBe('invalid-value');
	});
	it('unknown question ids', () => {
		const p = problems(file({ ...answers, skonummer: 42 }));
		expect(p[0]).toMatchObject({
			code: 'unknown-question',
			question: 'skonummer',
			field: 'answers.skonummer'
		});
	});
	it('wrong types, each named with the value found', () => {
		const p = problems(file({ ...answers, antall_voksne: '2', boform: 'slott', student_unntak: 'ingen' }));
		expect(p.map((x) => x.question).sort()).toEqual(['antall_voksne', 'boform', 'student_unntak']);
		expect(p.find((x) => x.question === 'antall_voksne')!.found).toBe('"2"');
		expect(p.every((x) => x.code === 'invalid-value' && x.detail.startsWith('expected'))).toBe(true);
	});
	it('unknown top-level fields, bad date and kommune', () => {
		const p = problems(file(answers, { navn: 'Ola', date: '2026-02-30', kommune: 'Oslo' }));
		expect(p.map((x) => x.code).sort()).toEqual(['bad-date', 'bad-kommune', 'unknown-field']);
	});
	it('answers that are not an object', () => {
		expect(
			problems(JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, answers: [] }))[0]!.code
		).toBe('answers-not-object');
	});
});

describe('share links', () => {
	it('round-trips the answers through the fragment and gives the same results', () => {
		const payload = encodePayload({ answers, date: '2026-07-01', kommune: '3226' });
		expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
		const url = shareUrl('https://example.invalid/boligsjekk/', 'nb', 'resultat', payload);
		expect(url).toBe(`https://example.invalid/boligsjekk/nb/resultat/#svar=${payload}`);
		const u = new URL(url);
		expect(u.search).toBe('');
		expect(u.pathname).not.toContain('9000');
		const back = decodePayload(rules, payloadFromHash(u.hash)!);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.value.answers).toEqual(answers);
		const opts = { date: '2026-07-01', kommune: '3226' };
		expect(evaluate(rules, back.value.answers, opts)).toEqual(evaluate(rules, answers, opts));
	});

	it('is short enough for a QR code', () => {
		const payload = encodePayload({ answers, kommune: '3226' });
		expect(payload.length).toBeLessThan(200);
		const qr = qrDrawing(shareUrl('https://example.invalid', 'nb', 'resultat', payload));
		expect(qr.version).toBeLessThanOrEqual(10);
		expect(qr.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
	});

	it('finds the payload among other fragment parts', () => {
		expect(payloadFromHash('#x=1&svar=1.abc')).toBe('1.abc');
		expect(payloadFromHash('#ordning-bostotte')).toBeNull();
	});

	const refused = (payload: string) => {
		const r = decodePayload(rules, payload);
		expect(r.ok).toBe(false);
		return r.ok ? [] : r.problems;
	};
	const pack = (obj: unknown) => '1.' + b64url(deflateSync(new TextEncoder().encode(JSON.stringify(obj))));

	it('refuses damaged, unknown-version and non-base64 links', () => {
		expect(refused('nonsense')[0]!.code).toBe('bad-link');
		expect(refused('9.abc')[0]!.code).toBe('wrong-version');
		expect(refused('1.***')[0]!.code).toBe('bad-link');
		expect(refused('1.' + b64url(new Uint8Array([1, 2, 3, 4, 5])))[0]!.code).toBe('bad-link');
	});

	it('refuses a decompression bomb beyond 100 KB', () => {
		const bomb = deflateSync(new TextEncoder().encode(JSON.stringify({ a: { x: 'a'.repeat(5_000_000) } })));
		expect(bomb.length).toBeLessThan(16 * 1024);
		expect(refused('1.' + b64url(bomb))[0]!.code).toBe('too-large');
	});

	it('refuses hostile contents the same way as files', () => {
		expect(refused(pack({ a: { inntekt_maned: 1e308 } }))[0]!.code).toBe('invalid-value');
		expect(refused(pack({ a: { hacker: true } }))[0]!.code).toBe('unknown-question');
		expect(
			refused('1.' + b64url(deflateSync(new TextEncoder().encode('{"__proto__":{"a":1},"a":{}}'))))[0]!.code
		).toBe('forbidden-key');
		expect(refused(pack({ a: {}, z: 1 }))[0]!.code).toBe('unknown-field');
		expect(refused(pack([1]))[0]!.code).toBe('bad-link');
	});
});

describe('answers in words and session records', () => {
	const t = (key: string, o?: Record<string, unknown>) =>
		key === 'counselor.answer.perMonth'
			? `${o?.value} per måned`
			: key === 'counselor.answer.yes'
				? 'Ja'
				: key;
	it('formats kroner per month, counts and choices', () => {
		const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
		expect(plain(formatAnswer(t, rules, 'husleie_maned', 9000, 'nb'))).toBe('9 000 kr per måned');
		expect(formatAnswer(t, rules, 'antall_voksne', 2, 'nb')).toBe('2');
		expect(plain(formatAnswer(t, rules, 'formue', 150000, 'nb'))).toBe('150 000 kr');
		expect(formatAnswer(t, rules, 'har_spart', true, 'nb')).toBe('Ja');
	});
	it('orders answers as the catalogue does', () => {
		expect(inCatalogueOrder(rules, ['inntekt_maned', 'boform', 'alder'])).toEqual([
			'boform',
			'alder',
			'inntekt_maned'
		]);
	});
	it('a loaded file replaces the answers and keeps its date', () => {
		const s = sessionFromFile(
			{ format: 'boligsjekk-svar', formatVersion: 1, date: '2026-07-01', answers },
			'v1',
			'3226'
		);
		expect(s.answers).toEqual(answers);
		expect(s.date).toBe('2026-07-01');
		expect(s.raw).toEqual({});
	});
});
