import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '../../../src/lib/rules';
import { checkRuleSet } from '../../../src/tooling/rules/check';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import {
	answersAsked,
	nextQuestions,
	questionMatters,
	relevantQuestions
} from '../../../src/lib/rules/relevance';
import { buildRuleSet } from '../../../src/lib/rules/ruleset';
import { singleRenter } from '../single-renter';

const rules = loadRuleSet('rules', { validate: false });
const opts = { date: '2026-11-26', kommune: '3226' };
const renter = singleRenter;
const byScheme = (answers: Answers, o: object = {}) =>
	Object.fromEntries(evaluate(rules, answers, { ...opts, ...o }).schemes.map((s) => [s.scheme, s]));

describe('the needs question limits which schemes are checked', () => {
	it('every scheme names the needs it serves, with a note saying why', () => {
		for (const versions of Object.values(rules.schemes))
			for (const v of versions) {
				expect(v.needs?.length, v.id).toBeGreaterThan(0);
				expect(v.needsNote, v.id).toBeTruthy();
			}
	});

	it('a resident who needs help with the rent is asked nothing about buying, deposits or municipal housing', () => {
		const answers = { ...renter, behov: ['boutgifter'] };
		const r = byScheme(answers);
		for (const id of ['startlan', 'tilskudd-etablering', 'depositumsgaranti', 'tilskudd-tilpasning'])
			expect(r[id], id).toMatchObject({ notChecked: true, outcome: 'unknown', missing: [], criteria: [] });
		expect(r['bostotte']!.notChecked).toBeUndefined();
		expect(r['sosialhjelp-boutgifter']!.notChecked).toBeUndefined();
		const next = nextQuestions(rules, answers, opts);
		for (const q of [
			'startlan_formal',
			'bank_svar',
			'skal_leie_ny_bolig',
			'provd_leiemarkedet',
			'behov_tilpasning'
		])
			expect(next, q).not.toContain(q);
		expect(next).toContain('klarer_boutgiftene');
		expect(nextQuestions(rules, renter, opts)).toContain('startlan_formal');
	});

	it('a scheme the municipality does not offer stays excluded, not "not checked"', () => {
		const r = byScheme({ ...renter, behov: ['boutgifter'] }, { kommune: '0000' });
		const excluded = Object.values(r).filter((s) => s.excludedByProfile);
		expect(excluded.length).toBeGreaterThan(0);
		for (const s of excluded) expect(s.notChecked).toBeUndefined();
	});

	it('no answer, "not sure", or checkAll: every scheme is checked exactly as without the question', () => {
		const plain = evaluate(rules, renter, opts);
		expect(plain.schemes.some((s) => s.notChecked)).toBe(false);
		expect(evaluate(rules, { ...renter, behov: ['usikker', 'boutgifter'] }, opts).schemes).toEqual(
			plain.schemes
		);
		expect(
			evaluate(rules, { ...renter, behov: ['boutgifter'] }, { ...opts, checkAll: true }).schemes
		).toEqual(plain.schemes);
	});

	it('the rule cases (no needs answer) give the same results as when checking everything', () => {
		const dir = 'tests/cases';
		const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(folders.length).toBeGreaterThan(5);
		for (const { name: scheme } of folders)
			for (const f of readdirSync(`${dir}/${scheme}`).filter((f) => f.endsWith('.json'))) {
				const c = JSON.parse(readFileSync(`${dir}/${scheme}/${f}`, 'utf8'));
				const o = { date: c.date, kommune: c.kommune };
				expect(evaluate(rules, c.answers, o), f).toEqual(
					evaluate(rules, c.answers, { ...o, checkAll: true })
				);
			}
	});

	it('the journey asks the needs first and keeps them relevant; checkAll (the counselor) never asks them', () => {
		expect(nextQuestions(rules, {}, opts)[0]).toBe('behov');
		expect(nextQuestions(rules, {}, { ...opts, checkAll: true })).not.toContain('behov');
		const answers = { ...renter, behov: ['boutgifter'] };
		expect(nextQuestions(rules, answers, opts)).not.toContain('behov');
		expect(relevantQuestions(rules, answers, opts)).toContain('behov');
		expect(questionMatters(rules, answers, opts, nextQuestions(rules, answers, opts), 'behov')).toBe(true);
		expect(relevantQuestions(rules, answers, { ...opts, checkAll: true })).not.toContain('behov');
	});

	it('an answered question that only a scheme not checked uses is not relevant', () => {
		const answers = { ...renter, behov: ['boutgifter'], startlan_formal: 'kjope' };
		expect(relevantQuestions(rules, answers, opts)).not.toContain('startlan_formal');
		expect(relevantQuestions(rules, { ...answers, behov: ['kjope_beholde'] }, opts)).toContain(
			'startlan_formal'
		);
	});

	it('check rejects a need the question does not offer, and "usikker" as a need', () => {
		const files: Record<string, unknown> = {};
		const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
		files['rules/questions.json'] = read('rules/questions.json');
		for (const s of readdirSync('rules/schemes'))
			for (const f of readdirSync(`rules/schemes/${s}`))
				files[`rules/schemes/${s}/${f}`] = read(`rules/schemes/${s}/${f}`);
		for (const f of readdirSync('rules/parameters'))
			files[`rules/parameters/${f}`] = read(`rules/parameters/${f}`);
		for (const f of readdirSync('rules/kommuner').filter((f) => f.endsWith('.json')))
			files[`rules/kommuner/${f}`] = read(`rules/kommuner/${f}`);
		const bostotte = files['rules/schemes/bostotte/2024-01.json'] as { needs: string[] };
		bostotte.needs = ['boutgifter', 'husleie', 'usikker'];
		const problems = checkRuleSet(buildRuleSet(files), undefined).filter((p) => p.path.startsWith('needs'));
		expect(problems.map((p) => p.path)).toEqual(['needs[1]', 'needs[2]']);
		expect(problems[0]!.message).toContain('"husleie"');
	});
});

describe('answersAsked: what a journey through complete answers leaves', () => {
	const household = JSON.parse(readFileSync('tests/households/enslig-leier.json', 'utf8'));

	it('holds only what the rules ask for, and nothing is left to ask', () => {
		const asked = answersAsked(rules, household.answers, opts);
		expect(asked.behov).toEqual(['boutgifter']);
		expect(asked.husleie_maned).toBe(9000);
		// a rent-help household is never asked about buying
		expect(asked).not.toHaveProperty('startlan_formal');
		expect(Object.keys(asked).length).toBeLessThan(Object.keys(household.answers).length);
		expect(nextQuestions(rules, asked, opts)).toEqual([]);
		for (const [id, value] of Object.entries(asked)) expect(value, id).toEqual(household.answers[id]);
	});

	it('names the question it has no answer to instead of asking it forever', () => {
		const { husleie_maned: _, ...without } = household.answers;
		expect(() => answersAsked(rules, without, opts)).toThrow(/husleie_maned/);
	});
});
