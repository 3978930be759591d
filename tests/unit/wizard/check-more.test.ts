import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluate, type Answers } from '../../../src/lib/rules';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { nextQuestions } from '../../../src/lib/rules/relevance';
import { answersToCheck, checkSchemesToo } from '$lib/wizard/check-more';
import { emptySession, loadSession, saveSession } from '$lib/wizard/storage';
import { singleRenter } from '../single-renter';

const rules = loadRuleSet('rules', { validate: false });
const opts = { date: '2026-11-26', kommune: '3226' };
const answers: Answers = { behov: ['boutgifter'], ...singleRenter };
const startlan = (a: Answers) => evaluate(rules, a, opts).schemes.find((s) => s.scheme === 'startlan')!;

describe('answersToCheck', () => {
	it("adds the schemes' needs to behov, keeps every other answer, and the schemes are checked and asked for", () => {
		expect(startlan(answers).notChecked).toBe(true);
		const more = answersToCheck(answers, rules, ['startlan']);
		expect(more).toEqual({ ...answers, behov: ['boutgifter', 'kjope_beholde', 'tilpasse'] });
		expect(answers.behov).toEqual(['boutgifter']);
		expect(startlan(more).notChecked).toBeUndefined();
		expect(nextQuestions(rules, more, opts)).toContain('startlan_formal');
	});

	it('answers that check everything already come back as they are', () => {
		const { behov: _, ...noNeeds } = answers;
		expect(answersToCheck(noNeeds, rules, ['startlan'])).toBe(noNeeds);
		const unsure = { ...answers, behov: ['usikker'] };
		expect(answersToCheck(unsure, rules, ['startlan'])).toBe(unsure);
		expect(answersToCheck(answers, rules, ['bostotte', 'no-such-scheme'])).toBe(answers);
	});
});

describe('checkSchemesToo', () => {
	const g = globalThis as { sessionStorage?: unknown };
	beforeEach(() => {
		const items = new Map<string, string>();
		g.sessionStorage = {
			getItem: (k: string) => items.get(k) ?? null,
			setItem: (k: string, v: string) => void items.set(k, v),
			removeItem: (k: string) => void items.delete(k)
		};
	});
	afterEach(() => {
		delete g.sessionStorage;
	});

	it("saves the session with the needs added and the journey's place cleared, typed text kept", () => {
		saveSession({
			...emptySession(rules.version, '3226'),
			answers,
			raw: { husleie_maned: '9 000' },
			trail: ['behov', 'boform'],
			current: 'boform'
		});
		const more = checkSchemesToo(rules, ['depositumsgaranti'], '3226');
		const { session } = loadSession(rules.version, '3226');
		expect(session.answers).toEqual(more);
		expect(session.answers.behov).toEqual(['boutgifter', 'finne_bolig', 'depositum']);
		expect(session.current).toBeNull();
		expect(session.raw).toEqual({ husleie_maned: '9 000' });
	});
});
