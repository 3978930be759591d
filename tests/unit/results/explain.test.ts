import { describe, expect, it } from 'vitest';
import { createI18n } from '$lib/i18n';
import { plainSpaces } from '$lib/format';
import {
	explainBase,
	explainParams,
	explainText,
	formatResolver,
	formatValue,
	formatWithUnit,
	hasKey,
	unitFormat
} from '$lib/results';
import type { RuleSet, SchemeVersion } from '$lib/rules';

const messages = {
	schemes: {
		x: {
			criteria: {
				inntekt: { 'not-met': 'Inntekten din er {{inntekt_maned}} i måneden, over grensen på {{grense}}.' },
				alder: { met: 'Du er {{alder}} år.' }
			},
			documents: ['Husleiekontrakt', 'Lønnsslipp'],
			nextSteps: 'Søk på nett.\n- Send vedlegg.'
		}
	},
	results: {
		per: {
			month: '{{value}} i måneden',
			year: '{{value}} i året',
			years_one: '{{value}} år',
			years_other: '{{value}} år'
		}
	}
};
const t = createI18n('nb', messages).t;

const rules = {
	parameters: { 'bostotte.dekningsgrad': { unit: 'andel' } },
	questionById: {
		inntekt_maned: { id: 'inntekt_maned', type: 'amount' },
		alder: { id: 'alder', type: 'integer' }
	}
} as unknown as Pick<RuleSet, 'parameters' | 'questionById'>;
const def = {
	values: { grense: { expr: 1, unit: 'kr/år' }, rente: { expr: 1, unit: 'andel' } }
} as unknown as SchemeVersion;
const formatOf = formatResolver(rules, def);

describe('unitFormat', () => {
	it('reads the rule file units', () => {
		expect(unitFormat('kr/mnd')).toEqual({ kind: 'kr', period: 'month' });
		expect(unitFormat('kr/år')).toEqual({ kind: 'kr', period: 'year' });
		expect(unitFormat('kr/år per person')).toEqual({ kind: 'kr', period: 'year' });
		expect(unitFormat('kr')).toEqual({ kind: 'kr', period: null });
		expect(unitFormat('andel')).toEqual({ kind: 'percent', period: null });
		expect(unitFormat('år')).toEqual({ kind: 'years', period: null });
		expect(unitFormat(undefined)).toEqual({ kind: 'number', period: null });
	});
});

describe('formatResolver', () => {
	it('resolves names the way the engine does: named value, parameter, answer', () => {
		expect(formatOf('grense')).toEqual({ kind: 'kr', period: 'year' });
		expect(formatOf('rente').kind).toBe('percent');
		expect(formatOf('bostotte.dekningsgrad').kind).toBe('percent');
		expect(formatOf('inntekt_maned')).toEqual({ kind: 'kr', period: 'month' });
		expect(formatOf('alder').kind).toBe('number');
		expect(formatOf('unknown_thing').kind).toBe('number');
	});
});

describe('explanations in plain language', () => {
	it('interpolates money as "12 345 kr" with no-break spaces', () => {
		const params = explainParams({ inntekt_maned: 30000, grense: 303_912.4, alder: 34 }, formatOf, 'nb');
		expect(params.inntekt_maned).toBe('30\u00a0000\u00a0kr');
		expect(plainSpaces(params.grense!)).toBe('303 912 kr');
		expect(params.alder).toBe('34');
	});

	it('fills the criterion text from the explain key and values', () => {
		const text = explainText(
			t,
			{ key: 'schemes.x.criteria.inntekt.not-met', values: { inntekt_maned: 30000, grense: 25326 } },
			formatOf,
			'nb'
		);
		expect(plainSpaces(text!)).toBe('Inntekten din er 30 000 kr i måneden, over grensen på 25 326 kr.');
	});

	it('returns an empty text for a missing one instead of the raw key', () => {
		expect(explainText(t, { key: 'schemes.x.criteria.finnes_ikke.met', values: {} }, formatOf, 'nb')).toBe(
			''
		);
	});

	it('writes unknown values as empty, percentages and booleans readably', () => {
		expect(formatValue(null, { kind: 'kr', period: null }, 'nb')).toBe('');
		expect(plainSpaces(formatValue(0.737, { kind: 'percent', period: null }, 'nb'))).toBe('73,7 %');
		expect(formatValue(['a', 'b'], { kind: 'number', period: null }, 'nb')).toBe('a, b');
	});

	it('adds the period in words', () => {
		expect(plainSpaces(formatWithUnit(t, 3603, { kind: 'kr', period: 'month' }, 'nb'))).toBe(
			'3 603 kr i måneden'
		);
		expect(plainSpaces(formatWithUnit(t, 92234, { kind: 'kr', period: 'year' }, 'nb'))).toBe(
			'92 234 kr i året'
		);
		expect(formatWithUnit(t, 30, { kind: 'years', period: null }, 'nb')).toBe('30 år');
	});

	it('strips the result suffix from an explain key', () => {
		expect(explainBase('schemes.x.criteria.alder.not-met')).toBe('schemes.x.criteria.alder');
		expect(explainBase('schemes.x.criteria.alder')).toBe('schemes.x.criteria.alder');
	});
});

describe('hasKey', () => {
	it('finds texts, lists and plural forms, and nothing else', () => {
		expect(hasKey(messages, 'schemes.x.criteria.alder.met')).toBe(true);
		expect(hasKey(messages, 'schemes.x.documents')).toBe(true);
		expect(hasKey(messages, 'results.per.years')).toBe(true);
		expect(hasKey(messages, 'schemes.x.criteria')).toBe(false);
		expect(hasKey(messages, 'schemes.x.criteria.alder.met.deeper')).toBe(false);
		expect(hasKey(messages, 'schemes.__proto__.x')).toBe(false);
		expect(hasKey(messages, 'nope')).toBe(false);
	});
});

describe('isolate', () => {
	it('wraps values in Unicode isolates only in right-to-left languages', async () => {
		const { isolate } = await import('$lib/results');
		expect(isolate('12 345 kr', 'nb')).toBe('12 345 kr');
		expect(isolate('12 345 kr', 'ar')).toBe('\u206812 345 kr\u2069');
		expect(isolate('', 'ar')).toBe('');
		expect(isolate('\u2066NOK 3,603\u2069', 'ar')).toBe('\u2066NOK 3,603\u2069');
	});
});
