import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/tooling/rules/node';
import { findThresholds } from '$lib/rules/thresholds';
import { evaluate, type Answers, type KommuneProfile } from '$lib/rules';
import {
	contactsFor,
	earlierValues,
	exclusionReason,
	gradeMark,
	orderResults,
	parametersOf,
	parameterValueOn,
	profileValue,
	schemeVersion,
	timeInNorway,
	todayInNorway,
	versionOn
} from '$lib/results';

const profile = {
	kommunenummer: '9999',
	navn: 'Test',
	tilbyr: { a: true, b: false, c: null },
	kontakter: [
		{ id: 'nav', navn: 'NAV Test', gjelder: ['startlan'], telefon: null },
		{ id: 'kommune', navn: 'Test kommune', gjelder: ['bostotte', 'startlan'] },
		{ id: 'broken' }
	]
} as unknown as KommuneProfile;

/** The answers of a rule case file: the personas are data (tests/cases), not copies in each test. */
const caseAnswers = (id: string) =>
	JSON.parse(readFileSync(`tests/cases/${id}.json`, 'utf8')).answers as Answers;

describe('municipality profile', () => {
	it('tells "does not offer" (false) from "not confirmed" (null or missing)', () => {
		expect(exclusionReason(profile, { requiresProfile: 'tilbyr.b' })).toBe('not-offered');
		expect(exclusionReason(profile, { requiresProfile: 'tilbyr.c' })).toBe('not-confirmed');
		expect(exclusionReason(profile, { requiresProfile: 'tilbyr.zzz' })).toBe('not-confirmed');
		expect(profileValue(profile, 'tilbyr.a')).toBe(true);
		expect(profileValue(profile, '__proto__.x')).toBeUndefined();
	});

	it('finds the contacts that handle a scheme', () => {
		expect(contactsFor(profile, 'startlan').map((c) => c.id)).toEqual(['nav', 'kommune']);
		expect(contactsFor(profile, 'bostotte').map((c) => c.id)).toEqual(['kommune']);
		expect(contactsFor(profile, 'none')).toEqual([]);
		expect(contactsFor(undefined, 'bostotte')).toEqual([]);
	});
});

describe('sources', () => {
	it('marks secondary and derived figures only', () => {
		expect(gradeMark({ grade: 'S' })).toBe('secondary');
		expect(gradeMark({ grade: 'D' })).toBe('derived');
		expect(gradeMark({ grade: 'P' })).toBeNull();
		expect(gradeMark({ grade: 'P-arch' })).toBeNull();
	});
});

describe('with the real rule files', () => {
	const rules = loadRuleSet('rules', { validate: false });

	it('lists the parameters bostøtte reads, with the 2026 ceiling for one person', () => {
		const def = versionOn(rules.schemes.bostotte!, '2026-11-26')!;
		const ids = parametersOf(def);
		expect(ids).toContain('bostotte.boutgiftstak');
		expect(ids).toContain('bostotte.dekningsgrad');
		const tak = rules.parameters['bostotte.boutgiftstak']!;
		const now = parameterValueOn(tak, '2026-11-26')!;
		expect((now.value as Record<string, number>)['1']).toBe(92234);
		expect(earlierValues(tak, '2026-11-26').every((v) => v.validTo! < '2026-11-26')).toBe(true);
		expect(schemeVersion(rules, 'bostotte', def.version)).toBe(def);
	});

	it('orders a single renter (TC-B1) with bostøtte first', () => {
		const result = evaluate(rules, caseAnswers('bostotte/TC-B1'), {
			date: '2026-11-26',
			kommune: '3226',
			thresholds: findThresholds
		});
		const ordered = orderResults(result.schemes);
		expect(ordered.shown[0]!.scheme).toBe('bostotte');
		expect(ordered.shown[0]!.outcome).toBe('eligible');
		expect(ordered.excluded.every((s) => s.excludedByProfile)).toBe(true);
	});
});

describe('todayInNorway and timeInNorway', () => {
	it('uses the Norwegian date, not UTC', () => {
		expect(todayInNorway(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
		expect(todayInNorway(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
		expect(todayInNorway(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
	});

	it('agrees with Intl (the time zone database) every half hour from 2023 to 2030, summer time changes included', () => {
		const intl = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Europe/Oslo',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		const clock = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Oslo',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
		const wrong: string[] = [];
		for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2031, 0, 1); t += 1_800_000) {
			const now = new Date(t);
			if (todayInNorway(now) !== intl.format(now)) wrong.push(`date ${now.toISOString()}`);
			if (timeInNorway(now) !== clock.format(now)) wrong.push(`time ${now.toISOString()}`);
		}
		expect(wrong).toEqual([]);
	});

	it('gives the Norwegian time of day on the 24-hour clock', () => {
		expect(timeInNorway(new Date('2026-11-26T23:30:00Z'))).toBe('00:30');
		expect(timeInNorway(new Date('2026-06-30T12:05:00Z'))).toBe('14:05');
	});
});

describe('usableAnswers and evaluationDate', () => {
	const rules = loadRuleSet('rules', { validate: false });

	it('keeps valid answers and leaves out unknown questions and wrong values', async () => {
		const { usableAnswers } = await import('$lib/results');
		const out = usableAnswers(rules, {
			alder: 34,
			boform: 'leier',
			husleie_maned: -5,
			antall_voksne: 'two',
			not_a_question: true
		});
		expect(out.answers).toEqual({ alder: 34, boform: 'leier' });
		expect(out.dropped.sort()).toEqual(['antall_voksne', 'husleie_maned', 'not_a_question']);
	});

	it('uses the session date only when it is a real ISO date', async () => {
		const { evaluationDate } = await import('$lib/results');
		expect(evaluationDate('2026-06-01', '2026-11-26')).toBe('2026-06-01');
		expect(evaluationDate('1.6.2026', '2026-11-26')).toBe('2026-11-26');
		expect(evaluationDate(undefined, '2026-11-26')).toBe('2026-11-26');
	});
});
