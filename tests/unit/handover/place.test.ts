import { describe, expect, it } from 'vitest';
import { rawLink as link } from './raw-link';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { parseAnswerFile } from '../../../src/lib/handover/answer-file';
import { decodePayload } from '../../../src/lib/handover/link';
import { sessionFromFile } from '../../../src/lib/handover/session';

const rules = loadRuleSet('rules', { validate: false });
const answers = { boform: 'leier', antall_voksne: 1, husleie_maned: 9000 };
const file = (extra: Record<string, unknown>, a: Record<string, unknown> = answers) =>
	JSON.stringify({ format: 'boligsjekk-svar', formatVersion: 1, ...extra, answers: a });

describe('a file or link names one municipality, the one this build serves', () => {
	it('a national file in a municipality build keeps its answers for that municipality and says where it came from', () => {
		const r = parseAnswerFile(
			rules,
			file({ kommune: '5501' }, { ...answers, kommunenummer: '5501' }),
			'3226'
		);
		expect(r.ok && r.refused).toBe('5501');
		if (!r.ok) return;
		expect(r.value.kommune).toBe('3226');
		expect(r.value.answers).toEqual(answers);
		expect(sessionFromFile(r.value, 'v', '3226').kommune).toBe('3226');
	});

	it('a link made before a municipality was chosen is for the whole country', () => {
		const r = decodePayload(rules, link({ k: '0000', a: answers }), '3226');
		expect(r.ok && r.refused).toBe('0000');
		expect(r.ok && r.value.kommune).toBe('3226');
	});

	it('the national build takes a municipality it knows as the answer too, the same from a file and a link', () => {
		const fromFile = parseAnswerFile(rules, file({ kommune: '3226' }), '0000');
		const fromLink = decodePayload(rules, link({ k: '3226', a: answers }), '0000');
		for (const r of [fromFile, fromLink]) {
			expect(r.ok && r.refused).toBeUndefined();
			expect(r.ok && r.value.kommune).toBe('3226');
			expect(r.ok && r.value.answers.kommunenummer).toBe('3226');
		}
		const both = { ...answers, kommunenummer: '5501' };
		const a = parseAnswerFile(rules, file({ kommune: '3226' }, both), '0000');
		const b = decodePayload(rules, link({ k: '3226', a: both }), '0000');
		expect(a.ok && a.value.kommune).toBe('5501');
		expect(b.ok && b.value.kommune).toBe('5501');
	});

	it('the national build refuses a number it does not know in a few words, never with the list of all', () => {
		for (const nr of ['9999', '1301', '0000 ']) {
			const r = parseAnswerFile(rules, file({}, { ...answers, kommunenummer: nr }), '0000');
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			expect(r.refused).toBe(nr.trim() === '0000' ? undefined : nr);
			expect(r.value.answers.kommunenummer).toBeUndefined();
			expect(r.value.kommune).toBe('0000');
		}
	});
});
