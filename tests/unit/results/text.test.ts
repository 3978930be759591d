import { describe, expect, it } from 'vitest';
import { lookup, withMessages } from '../../../src/lib/results/text';

describe('lookup', () => {
	it('gives the text, or null for a missing, empty or raw-key text, and passes values and counts to t', () => {
		const messages = {
			a: { plain: 'Hei', value: 'Hei {{name}}', blank: ' ', n_one: 'én', n_other: 'flere' }
		};
		const calls: [string, Record<string, unknown> | undefined][] = [];
		const t = withMessages((key: string, options?: Record<string, unknown>) => {
			calls.push([key, options]);
			if (key === 'a.value') return `Hei ${String(options?.name)}`;
			if (key === 'a.n') return options?.count === 1 ? 'én' : 'flere';
			if (key === 'a.blank') return ' ';
			return key === 'a.plain' ? 'Hei' : key;
		}, messages);
		expect(lookup(t, 'a.plain')).toBe('Hei');
		expect(lookup(t, 'a.value', { name: 'Kari' })).toBe('Hei Kari');
		expect(lookup(t, 'a.n', { count: 1 })).toBe('én');
		expect(lookup(t, 'a.blank')).toBeNull();
		expect(lookup(t, 'a.missing')).toBeNull();
		// a missing or blank text is answered from the messages, without asking t (whose missing-key handler would log)
		expect(calls.map(([key]) => key)).toEqual(['a.plain', 'a.value', 'a.n']);
	});
});
