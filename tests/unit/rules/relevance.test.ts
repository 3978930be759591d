import { describe, expect, it } from 'vitest';
import { nextQuestions, relevantQuestions } from '../../../src/lib/rules/relevance';
import { AH, fixture, tcB1 } from './helpers';

const rules = fixture();

describe('nextQuestions', () => {
	it('starts with every question that can matter, by catalogue priority', () => {
		const q = nextQuestions(rules, {}, AH);
		expect(q[0]).toBe('skal_kjope_bolig');
		const prio = q.map((id) => rules.questionById[id]!.priority);
		expect(prio).toEqual([...prio].sort((a, b) => a - b));
		expect(q).not.toContain('bostotte_kommunegruppe');
		expect(q).not.toContain('flyttedato');
	});

	it('income and rent are not asked once the student gate fails', () => {
		const q = nextQuestions(rules, { student: true, antall_barn: 0 }, AH);
		expect(q).not.toContain('inntekt_maned');
		expect(q).not.toContain('husleie_maned');
		expect(q).not.toContain('ung_ufor');
		expect(q).toContain('alder');
	});

	it('har_egne_barn_i_boligen is only asked for a minor', () => {
		expect(nextQuestions(rules, { alder: 30 }, AH)).not.toContain('har_egne_barn_i_boligen');
		expect(nextQuestions(rules, { alder: 17 }, AH)).toContain('har_egne_barn_i_boligen');
	});

	it('the kommunegruppe question is asked only where the profile does not know the group', () => {
		expect(nextQuestions(rules, tcB1, AH)).not.toContain('bostotte_kommunegruppe');
		expect(nextQuestions(rules, tcB1, { date: AH.date, kommune: '5001' })).toContain(
			'bostotte_kommunegruppe'
		);
	});

	it('never returns answered questions', () => {
		const q = nextQuestions(rules, tcB1, AH);
		for (const id of Object.keys(tcB1)) expect(q).not.toContain(id);
	});
});

describe('relevantQuestions', () => {
	it('answered income is relevant while the gates pass, and not once the student gate fails', () => {
		expect(relevantQuestions(rules, tcB1, AH)).toContain('inntekt_maned');
		const failed = relevantQuestions(rules, { ...tcB1, student: true }, AH);
		expect(failed).not.toContain('inntekt_maned');
		expect(failed).not.toContain('husleie_maned');
		expect(failed).toContain('student');
		expect(failed).toContain('antall_barn');
	});

	it('ung_ufor matters only when the income is above the lower T2', () => {
		expect(relevantQuestions(rules, tcB1, AH)).not.toContain('ung_ufor');
		expect(relevantQuestions(rules, { ...tcB1, inntekt_maned: 25000 }, AH)).toContain('ung_ufor');
	});
});
