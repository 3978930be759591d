import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/rules/evaluate';
import { findThresholds } from '../../../src/lib/rules/thresholds';
import { AH, fixture, tcB1 } from './helpers';

const rules = fixture();
const limit = (answers = tcB1, opts = AH) =>
	evaluate(rules, answers, { ...opts, thresholds: findThresholds }).schemes.find(
		(s) => s.scheme === 'bostotte'
	)!.thresholds;

describe('thresholds', () => {
	it('1 adult in Aurskog-Høland 2026: monthly income limit 25 326 (rules/sources/bostotte.md#inntektsgrenser)', () => {
		expect(limit()).toEqual([
			{
				answer: 'inntekt_maned',
				value: 25326,
				direction: 'below',
				explain: { key: 'schemes.bostotte.thresholds.inntekt', values: { value: 25326 } }
			}
		]);
	});

	it('Oslo: 28 241, the figure husbanken.no published', () => {
		expect(limit({ ...tcB1, husleie_maned: 14000 }, { date: AH.date, kommune: '0301' })[0]!.value).toBe(
			28241
		);
	});

	it('2 adults + 1 child in Aurskog-Høland: 36 916; ung ufør: 28 671', () => {
		expect(limit({ ...tcB1, antall_voksne: 2, antall_barn: 1, husleie_maned: 20000 })[0]!.value).toBeCloseTo(
			36916,
			-1
		);
		expect(
			Math.abs(limit({ ...tcB1, antall_voksne: 2, antall_barn: 1, husleie_maned: 20000 })[0]!.value - 36916)
		).toBeLessThanOrEqual(1);
		expect(Math.abs(limit({ ...tcB1, ung_ufor: true })[0]!.value - 28671)).toBeLessThanOrEqual(1);
	});

	it('no threshold when a gate other than income decides, or when off', () => {
		expect(limit({ ...tcB1, student: true })).toEqual([]);
		expect(evaluate(rules, tcB1, AH).schemes[0]!.thresholds).toEqual([]);
	});
});

describe('thresholds on an answer where more is better', () => {
	it('rent: bostøtte is paid from about 2 883 kr/month upwards (direction above)', async () => {
		const { readRuleFiles } = await import('../../../src/tooling/rules/node');
		const { buildRuleSet } = await import('../../../src/lib/rules/ruleset');
		const files = structuredClone(readRuleFiles('tests/fixtures/rules/rules'));
		const s = files['tests/fixtures/rules/rules/schemes/bostotte/2026-06.json'] as { thresholds: unknown[] };
		s.thresholds.push({ answer: 'husleie_maned' });
		const rs = buildRuleSet(files, { validate: true });
		const t = evaluate(rs, tcB1, { ...AH, thresholds: findThresholds }).schemes[0]!.thresholds;
		const rent = t.find((x) => x.answer === 'husleie_maned')!;
		expect(rent.direction).toBe('above');
		expect(Math.abs(rent.value - 2883)).toBeLessThanOrEqual(1);
		expect(rent.explain.key).toBe('schemes.bostotte.thresholds.husleie_maned');
	});
});
