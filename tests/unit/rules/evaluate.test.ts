import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/rules/evaluate';
import { buildRuleSet } from '../../../src/lib/rules/ruleset';
import { readRuleFiles } from '../../../src/tooling/rules/node';
import { RuleVersionError } from '../../../src/lib/rules/errors';
import { AH, FIXTURE, fixture, tcB1 } from './helpers';

const rules = fixture();
const bostotte = (answers = tcB1, opts = AH) =>
	evaluate(rules, answers, opts).schemes.find((s) => s.scheme === 'bostotte')!;

describe('evaluate: bostøtte fixture (rules/sources/bostotte.md#beregning)', () => {
	it('TC-B1: 3 603 kr/month with the calculation steps and the version used', () => {
		const r = bostotte();
		expect(r.outcome).toBe('eligible');
		expect(r.version).toBe('2026-06');
		expect(r.validFrom).toBe('2026-06-01');
		expect(r.validTo).toBeNull();
		expect(r.amount?.value).toBe(3603);
		expect(r.amount?.unit).toBe('kr/mnd');
		const steps = Object.fromEntries(r.amount!.steps.map((s) => [s.id, s.value]));
		expect(steps).toMatchObject({
			boutgiftstak: 92234,
			godkjente_boutgifter: 92234,
			omregnet_inntekt: 180000
		});
		expect(steps.egenandel).toBeCloseTo(33569.25, 1);
		expect(r.amount!.steps[0]!.explain.key).toBe('schemes.bostotte.steps.boutgiftstak');
		expect(r.amount!.steps[0]!.source?.grade).toBe('P-arch');
		expect(r.missing).toEqual([]);
		expect(r.deciding).toEqual([]);
	});

	it('criteria carry explain keys with values and their source', () => {
		const alder = bostotte().criteria.find((c) => c.id === 'alder')!;
		expect(alder).toMatchObject({
			hard: true,
			result: 'met',
			explain: { key: 'schemes.bostotte.criteria.alder.met', values: { alder: 34 } }
		});
		expect(alder.source.paragraph).toBe('§ 3 a');
	});

	it('a failed hard criterion decides not-eligible with amount 0', () => {
		const r = bostotte({ ...tcB1, student: true });
		expect(r.outcome).toBe('not-eligible');
		expect(r.deciding).toEqual(['student']);
		expect(r.amount?.value).toBe(0);
		expect(r.criteria.find((c) => c.id === 'student')!.explain.key).toBe(
			'schemes.bostotte.criteria.student.not-met'
		);
	});

	it('unknown hard criteria give outcome unknown, name the criteria and the missing answers', () => {
		const { student: _s, ...rest } = tcB1;
		void _s;
		const r = bostotte(rest);
		expect(r.outcome).toBe('unknown');
		expect(r.deciding).toEqual(['student']);
		expect(r.missing).toEqual(['student']);
		expect(r.amount?.value).toBe(3603);
	});

	it('a missing amount input gives amount null and names the answer', () => {
		const { inntekt_maned: _i, ...rest } = tcB1;
		void _i;
		const r = bostotte(rest);
		expect(r.outcome).toBe('eligible');
		expect(r.amount?.value).toBeNull();
		expect(r.missing).toEqual(['inntekt_maned']);
	});

	it('soft criteria with a false `when` are not-applicable and never change the outcome', () => {
		const r = bostotte();
		expect(r.criteria.find((c) => c.id === 'eier_avgifter')).toMatchObject({
			hard: false,
			result: 'not-applicable'
		});
		expect(bostotte({ ...tcB1, boform: 'eier' }).criteria.find((c) => c.id === 'eier_avgifter')!.result).toBe(
			'met'
		);
	});

	it('Oslo uses kommunegruppe 1 from its profile; the generic profile asks the question', () => {
		expect(
			bostotte({ ...tcB1, husleie_maned: 14000, inntekt_maned: 16000 }, { date: AH.date, kommune: '0301' })
				.amount?.value
		).toBe(5200);
		const generic = bostotte(tcB1, { date: AH.date, kommune: '5001' });
		expect(generic.amount?.value).toBeNull();
		expect(generic.missing).toEqual(['bostotte_kommunegruppe']);
		expect(
			bostotte({ ...tcB1, bostotte_kommunegruppe: '4' }, { date: AH.date, kommune: '5001' }).amount?.value
		).toBe(3603);
	});

	it('the version is chosen by date: 2025-06 pays from 61 kr, 2026-06 from 63 kr', () => {
		const a = { ...tcB1, husleie_maned: 9000, inntekt_maned: 25327.7 };
		const old = bostotte(a, { date: '2025-11-01', kommune: '3226' });
		const now = bostotte(a, { date: '2026-11-01', kommune: '3226' });
		expect(old.version).toBe('2025-06');
		expect(old.amount?.value).toBe(62);
		expect(now.amount?.value).toBe(0);
	});

	it('a scheme the municipality does not offer is marked excludedByProfile', () => {
		const ah = evaluate(rules, { hjelpebehov: ['syn'] }, AH).schemes.find(
			(s) => s.scheme === 'tilskudd-tilpasning'
		)!;
		expect(ah.outcome).toBe('assessment');
		const oslo = evaluate(rules, { hjelpebehov: ['syn'] }, { ...AH, kommune: '0301' }).schemes.find(
			(s) => s.scheme === 'tilskudd-tilpasning'
		)!;
		expect(oslo.excludedByProfile).toBe(true);
		expect(oslo.missing).toEqual([]);
	});

	it('an unknown parameter value makes the amount unknown and says which parameter', () => {
		const s = evaluate(
			rules,
			{ skal_kjope_bolig: true, alder: 40, disponibelt_maned: 9000 },
			{ date: '2027-03-01', kommune: '3226' }
		).schemes.find((x) => x.scheme === 'startlan')!;
		expect(s.outcome).toBe('assessment');
		expect(s.amount?.value).toBeNull();
		expect(s.unknownFacts).toEqual(['param:startlan.styringsrente']);
		expect(s.missing).toEqual([]);
	});

	it('the result states date, kommune and a stable rules version', () => {
		const r = evaluate(rules, tcB1, AH);
		expect(r).toMatchObject({ date: AH.date, kommune: '3226', profile: '3226' });
		expect(evaluate(rules, tcB1, { date: AH.date, kommune: '5001' }).profile).toBe('0000');
		expect(r.rulesVersion).toMatch(/^[0-9a-f]{8}$/);
		expect(fixture().version).toBe(r.rulesVersion);
	});
});

describe('version selection errors', () => {
	const files = readRuleFiles(FIXTURE);
	const key = (p: string) => `${FIXTURE}/${p}`;

	it('no version valid on the date: RuleVersionError naming the scheme and date', () => {
		expect(() => evaluate(rules, tcB1, { date: '2025-05-31', kommune: '3226' })).toThrow(RuleVersionError);
		expect(() => evaluate(rules, tcB1, { date: '2025-05-31', kommune: '3226' })).toThrow(
			/scheme bostotte is valid on 2025-05-31/
		);
	});

	it('two versions valid on the date: RuleVersionError', () => {
		const bad = structuredClone(files);
		(bad[key('schemes/bostotte/2025-06.json')] as { validTo: string | null }).validTo = null;
		const rs = buildRuleSet(bad, { validate: true });
		expect(() => evaluate(rs, tcB1, AH)).toThrow(/2 versions of scheme bostotte are valid on 2026-11-01/);
	});

	it('a parameter with none or two values on the date: RuleVersionError naming the parameter', () => {
		const bad = structuredClone(files);
		const p = bad[key('parameters/bostotte.minste_utbetaling.json')] as {
			values: { validTo: string | null }[];
		};
		p.values[0]!.validTo = null;
		expect(() => evaluate(buildRuleSet(bad), tcB1, AH)).toThrow(
			/2 versions of parameter bostotte.minste_utbetaling/
		);
		const gap = structuredClone(files);
		(gap[key('parameters/bostotte.t1.json')] as { values: { validTo: string | null }[] }).values[0]!.validTo =
			'2026-01-31';
		expect(() => evaluate(buildRuleSet(gap), tcB1, AH)).toThrow(
			/no version of parameter bostotte.t1 is valid on 2026-11-01/
		);
	});

	it('buildRuleSet with validate rejects a mistyped file, naming file and JSON path', () => {
		const bad = structuredClone(files);
		(bad[key('schemes/bostotte/2026-06.json')] as { criteria: { hard: unknown }[] }).criteria[0]!.hard =
			'yes';
		expect(() => buildRuleSet(bad, { validate: true })).toThrow(
			/2026-06\.json: criteria\[0\]\.hard: expected boolean, found string "yes"/
		);
		expect(() => buildRuleSet(bad)).not.toThrow();
	});
});
