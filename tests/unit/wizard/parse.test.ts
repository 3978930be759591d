import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, parseWholeNumber, perMonth } from '../../../src/lib/wizard/parse';

describe('parseAmount: amounts as Norwegians type them', () => {
	it.each([
		['12500', 12500],
		['12 500', 12500],
		['12\u00a0500', 12500],
		['12\u202f500', 12500],
		['12 500,50', 12500.5],
		['12.500', 12500],
		['12.500,50', 12500.5],
		['1.250.000', 1250000],
		['1 250 000', 1250000],
		['kr 12 500', 12500],
		['Kr. 12 500', 12500],
		['12 500 kr', 12500],
		['12500kr', 12500],
		['12 500,-', 12500],
		['kr 12 500,-', 12500],
		['NOK 12 500', 12500],
		['12,5', 12.5],
		['12,50', 12.5],
		['0,5', 0.5],
		['12.5', 12.5],
		['9 000', 9000],
		['0', 0],
		['  15 000  ', 15000],
		['12,500.50', 12500.5],
		['1,250,000', 1250000],
		// a comma before exactly three digits groups thousands: nobody means 12.5 kr by «12,500»
		['12,500', 12500],
		['10 000 000', 10000000]
	])('%j is %d kr', (text, value) => {
		expect(parseAmount(text)).toEqual({ ok: true, value });
	});

	it.each([
		['', 'required'],
		['   ', 'required'],
		['kr', 'notNumber'],
		['tolv tusen', 'notNumber'],
		['12 500 kroner og 50 øre', 'notNumber'],
		['12a500', 'notNumber'],
		['abc', 'notNumber'],
		['1e5', 'notNumber'],
		['0x10', 'notNumber'],
		['12,', 'notNumber'],
		['12.500.5', 'notNumber'],
		['1.2.3', 'notNumber'],
		['12,5,0', 'notNumber'],
		['12.500,5.0', 'notNumber'],
		['Infinity', 'notNumber'],
		['NaN', 'notNumber'],
		['-500', 'negative'],
		['\u2212500', 'negative'],
		['-12 500 kr', 'negative'],
		['kr -12 500', 'negative'],
		['-abc', 'notNumber'],
		['12,5555', 'decimals'],
		['10 000 001', 'tooLarge'],
		['999 999 999 999', 'tooLarge']
	])('%j is refused (%s)', (text, error) => {
		expect(parseAmount(text)).toEqual({ ok: false, error });
	});

	it('takes its ceiling as a parameter', () => {
		expect(parseAmount('120 000 000', 120_000_000)).toEqual({ ok: true, value: 120_000_000 });
		expect(parseAmount('501', 500)).toEqual({ ok: false, error: 'tooLarge' });
	});

	it('never returns NaN or a negative number for any printable input', () => {
		const alphabet = '0123456789 .,-krNOK\u00a0abc';
		for (let i = 0; i < 5000; i++) {
			let text = '';
			const len = 1 + ((i * 7919) % 12);
			for (let j = 0; j < len; j++) text += alphabet[(i * 31 + j * 17 + ((i * j) % 13)) % alphabet.length];
			const r = parseAmount(text);
			if (r.ok) {
				expect(Number.isFinite(r.value)).toBe(true);
				expect(r.value).toBeGreaterThanOrEqual(0);
				expect(r.value).toBeLessThanOrEqual(10_000_000);
			}
		}
	});
});

describe('perMonth', () => {
	it('divides a yearly amount by twelve, to whole øre', () => {
		expect(perMonth(180000, 'year')).toBe(15000);
		expect(perMonth(100000, 'year')).toBe(8333.33);
		expect(perMonth(9000, 'month')).toBe(9000);
	});
});

describe('parseWholeNumber', () => {
	it.each([
		['3', 3],
		[' 3 ', 3],
		['0', 0],
		['250 000', 250000],
		['250.000', 250000],
		['kr 250 000', 250000],
		['3,0', 3]
	])('%j is %d', (text, value) => expect(parseWholeNumber(text)).toEqual({ ok: true, value }));

	it.each([
		['', 'required'],
		['tre', 'notNumber'],
		['2,5', 'notWhole'],
		['-1', 'negative']
	])('%j is refused (%s)', (text, error) => expect(parseWholeNumber(text)).toEqual({ ok: false, error }));
});

describe('parseDate', () => {
	it.each([
		['17.05.2026', '2026-05-17'],
		['17.5.2026', '2026-05-17'],
		['1/2/2026', '2026-02-01'],
		['17-05-2026', '2026-05-17'],
		['2026-05-17', '2026-05-17'],
		['29.02.2024', '2024-02-29']
	])('%j is %s', (text, value) => expect(parseDate(text)).toEqual({ ok: true, value }));

	it.each([
		['', 'required'],
		['i går', 'date'],
		['31.02.2026', 'date'],
		['29.02.2026', 'date'],
		['17.13.2026', 'date'],
		['17.05.26', 'date']
	])('%j is refused (%s)', (text, error) => expect(parseDate(text)).toEqual({ ok: false, error }));
});

describe('one parser for every page (issue 20)', () => {
	it('reads "12.500", "1.250.000,50" and "12,555" the same everywhere', () => {
		expect(parseAmount('12.500')).toEqual({ ok: true, value: 12500 });
		expect(parseAmount('1.250.000,50', 2_000_000)).toEqual({ ok: true, value: 1250000.5 });
		expect(parseAmount('12,555')).toEqual({ ok: true, value: 12555 });
	});

	it('says "too large" for ten thousand digits, and for more digits than it can keep exactly', () => {
		expect(parseAmount('9'.repeat(10_000))).toEqual({ ok: false, error: 'tooLarge' });
		expect(parseWholeNumber('1'.repeat(16))).toEqual({ ok: false, error: 'tooLarge' });
		expect(parseWholeNumber('000' + '1'.repeat(15))).toEqual({ ok: true, value: 111111111111111 });
	});

	it('holds dates to the days the rules cover, and reads years below 100 as written', () => {
		const bounds = { from: '2024-01-01', to: null };
		expect(parseDate('0001-01-01', bounds)).toEqual({ ok: false, error: 'dateRange' });
		expect(parseDate('31.12.2023', bounds)).toEqual({ ok: false, error: 'dateRange' });
		expect(parseDate('01.01.2024', bounds)).toEqual({ ok: true, value: '2024-01-01' });
		expect(parseDate('2024-01-01', { from: '2023-01-01', to: '2023-12-31' })).toEqual({
			ok: false,
			error: 'dateRange'
		});
		expect(parseDate('0050-06-01')).toEqual({ ok: true, value: '0050-06-01' });
	});
});
