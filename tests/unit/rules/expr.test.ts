import { describe, expect, it } from 'vitest';
import { Unk } from '../../../src/lib/rules/expr';
import { RuleEvalError } from '../../../src/lib/rules/errors';
import type { Expr } from '../../../src/lib/rules/schema';
import { run } from './helpers';

const A = (id: string) => ({ answer: id });
const missingOf = (v: unknown) => (v instanceof Unk ? [...v.missing].sort() : 'known');

describe('arithmetic and functions', () => {
	it.each<[Expr, unknown]>([
		[{ '+': [1, 2, 3] }, 6],
		[{ '-': [10, 4] }, 6],
		[{ '*': [2, 3, 4] }, 24],
		[{ '/': [9, 2] }, 4.5],
		[{ min: [3, 1, 2] }, 1],
		[{ max: [3, 1, 2] }, 3],
		[{ round: [2.5, 0] }, 3],
		[{ round: [-2.5, 0] }, -3],
		[{ round: [2.675, 2] }, 2.68],
		[{ round: [1234.4999, 0] }, 1234],
		[{ floor: 2.9 }, 2],
		[{ ceil: 2.1 }, 3],
		[{ clamp: [15, 0, 10] }, 10],
		[{ clamp: [-5, 0, 10] }, 0],
		[{ clamp: [5, 0, 10] }, 5],
		[{ '==': ['a', 'a'] }, true],
		[{ '!=': [1, 2] }, true],
		[{ '<': [1, 2] }, true],
		[{ '<=': [2, 2] }, true],
		[{ '>': [1, 2] }, false],
		[{ '>=': ['2026-06-01', '2026-05-31'] }, true],
		[{ '<': [{ date: 'asOf' }, '2027-01-01'] }, true],
		[{ in: ['b', ['a', 'b']] }, true],
		[{ in: ['c', ['a', 'b']] }, false],
		[{ if: [true, 1, 2] }, 1],
		[{ if: [false, 1, 2] }, 2],
		[{ not: false }, true],
		[{ coalesce: [{ profile: 'x.y' }, 7] }, 7]
	])('%j = %j', (e, want) => {
		expect(run(e)).toEqual(want);
	});

	it('annuity and payment reproduce rules/sources/startlan.md#eksempler TC-S1 and TC-S3', () => {
		expect(run({ round: [{ annuity: { payment: 9000, ratePerYear: 0.065, years: 30 } }, 0] })).toBe(1423897);
		expect(run({ round: [{ annuity: { payment: 9000, ratePerYear: 0.065, years: 50 } }, 0] })).toBeCloseTo(
			1596546,
			-1
		);
		expect(run({ round: [{ payment: { principal: 1500000, ratePerYear: 0.065, years: 30 } }, 0] })).toBe(
			9481
		);
		expect(run({ round: [{ payment: { principal: 1500000, ratePerYear: 0.0489, years: 30 } }, 0] })).toBe(
			7952
		);
		expect(run({ annuity: { payment: 100, ratePerYear: 0, years: 1 } })).toBe(1200);
	});

	it('has, lookup, bracket', () => {
		expect(run({ has: [A('m'), 'syn'] }, { m: ['syn'] })).toBe(true);
		expect(run({ has: [A('m'), 'syn'] }, { m: [] })).toBe(false);
		const table = { param: 't' };
		const params = {
			t: { value: { '1': 10, '5': 50 } },
			b: {
				value: [
					{ from: 0, value: 1 },
					{ from: 60, value: 2 }
				]
			}
		};
		expect(run({ lookup: [table, { min: [7, 5] }] }, {}, params)).toBe(50);
		expect(run({ bracket: [{ param: 'b' }, 59] }, {}, params)).toBe(1);
		expect(run({ bracket: [{ param: 'b' }, 60] }, {}, params)).toBe(2);
		expect(() => run({ lookup: [table, 3] }, {}, params)).toThrow(/no key "3"/);
		expect(() => run({ bracket: [{ param: 'b' }, -1] }, {}, params)).toThrow(RuleEvalError);
	});

	it('errors: division by 0, type mismatch, unknown operator', () => {
		expect(() => run({ '/': [1, 0] })).toThrow(/division by 0/);
		expect(() => run({ '+': [1, 'a'] })).toThrow(RuleEvalError);
		expect(() => run({ '<': [1, '2026-01-01'] })).toThrow(/compares two numbers/);
		expect(() => run({ and: [1] } as never)).toThrow(/expects booleans/);
		expect(() => run({ nope: 1 } as never)).toThrow(/unknown operator/);
	});
});

describe('Kleene logic', () => {
	const T = true;
	const F = false;
	const U = A('u');
	const U2 = A('v');
	const val = (x: unknown) => (x instanceof Unk ? 'U' : x);
	it.each([
		[T, T, T, T],
		[T, F, F, T],
		[T, U, 'U', T],
		[F, T, F, T],
		[F, F, F, F],
		[F, U, F, 'U'],
		[U, T, 'U', T],
		[U, F, F, 'U'],
		[U, U2, 'U', 'U']
	])('%s and/or %s', (a, b, and, or) => {
		expect(val(run({ and: [a as Expr, b as Expr] }))).toBe(and);
		expect(val(run({ or: [a as Expr, b as Expr] }))).toBe(or);
	});
	it('not', () => {
		expect(run({ not: true })).toBe(false);
		expect(missingOf(run({ not: U }))).toEqual(['u']);
	});
});

describe('unknown tracking', () => {
	it('an answer not given is unknown and names itself', () => {
		expect(missingOf(run(A('x')))).toEqual(['x']);
		expect(run(A('x'), { x: 3 })).toBe(3);
	});
	it('false and unknown drops the missing answer; unknown and unknown unites them', () => {
		expect(run({ and: [{ '>': [A('a'), 1] }, A('b')] }, { a: 0 })).toBe(false);
		expect(missingOf(run({ and: [A('a'), A('b')] }))).toEqual(['a', 'b']);
		expect(missingOf(run({ and: [A('a'), A('b')] }, { a: true }))).toEqual(['b']);
		expect(missingOf(run({ or: [A('a'), A('b'), A('c')] }, { b: false }))).toEqual(['a', 'c']);
	});
	it('arithmetic and comparisons propagate the union', () => {
		expect(missingOf(run({ '+': [A('a'), 1, A('b')] }))).toEqual(['a', 'b']);
		expect(missingOf(run({ '<': [A('a'), A('a')] }))).toEqual(['a']);
		expect(missingOf(run({ round: [A('a'), 0] }))).toEqual(['a']);
		expect(missingOf(run({ has: [A('m'), 'x'] }))).toEqual(['m']);
		expect(missingOf(run({ in: [A('c'), ['x']] }))).toEqual(['c']);
	});
	it('if: unknown condition gives unknown unless both branches agree', () => {
		expect(run({ if: [A('c'), 5, 5] })).toBe(5);
		expect(missingOf(run({ if: [A('c'), 5, 6] }))).toEqual(['c']);
		expect(missingOf(run({ if: [A('c'), A('t'), 6] }))).toEqual(['c', 't']);
		expect(run({ if: [A('c'), A('t'), 6] }, { c: false })).toBe(6);
		const guardedDivision: Expr = { if: [A('c'), { '/': [1, A('x')] }, 0] };
		expect(missingOf(run(guardedDivision, { x: 0 }))).toEqual(['c']);
		expect(() => run(guardedDivision, { x: 0, c: true })).toThrow(/division by 0/);
	});
	it('unknown parameters and profile values are unknown facts without missing answers', () => {
		const p = run({ '+': [{ param: 'p' }, 1] }, {}, { p: { value: null, unknown: true } });
		expect(p).toBeInstanceOf(Unk);
		expect((p as Unk).facts).toEqual(['param:p']);
		expect((p as Unk).missing).toEqual([]);
		const g = run({ profile: 'bostotte.kommunegruppe' }, {}, {}, { bostotte: { kommunegruppe: null } });
		expect((g as Unk).facts).toEqual(['profile:bostotte.kommunegruppe']);
		expect(run({ profile: 'bostotte.kommunegruppe' }, {}, {}, { bostotte: { kommunegruppe: '4' } })).toBe(
			'4'
		);
	});
	it('coalesce falls through unknown facts but not missing answers', () => {
		const e: Expr = { coalesce: [{ profile: 'g' }, A('q')] };
		expect(missingOf(run(e))).toEqual(['q']);
		expect(run(e, { q: '2' })).toBe('2');
		expect(run(e, { q: '2' }, {}, { g: '1' } as never)).toBe('1');
		expect(missingOf(run({ coalesce: [A('q'), 0] }))).toEqual(['q']);
	});
	it('answers named like Object.prototype members are not found on the prototype', () => {
		expect(missingOf(run(A('toString')))).toEqual(['toString']);
	});
});
