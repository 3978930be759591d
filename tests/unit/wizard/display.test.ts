import { describe, expect, it } from 'vitest';
import { createI18n, loadMessages } from '$lib/i18n';
import { plainSpaces } from '$lib/format';
import { ruleSet } from '$lib/rules/bundled';
import { displayAnswer } from '$lib/wizard/display';

describe('the check page shows an answer', () => {
	it('in kroner for the integer questions that are kroner, as a number for the others', async () => {
		const t = createI18n('nb', await loadMessages('nb', ['common', 'wizard', 'questions'])).t;
		const show = (id: string, value: number) =>
			plainSpaces(displayAnswer(t, 'nb', ruleSet.questionById[id]!, value));
		expect(show('formue', 0)).toBe('0 kr');
		expect(show('formue', 150000)).toBe('150 000 kr');
		expect(show('formuesverdi_bolig', 2500000)).toBe('2 500 000 kr');
		expect(show('antall_barn', 2)).toBe('2');
		expect(show('alder', 34)).toBe('34');
	});
});
