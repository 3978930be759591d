import type { Answers } from '../../src/lib/rules';

/** TC-B1's household: one adult of 34 renting for 9 000 kr with 15 000 kr income a month (bostøtte 3 603 kr). */
export const singleRenter: Answers = {
	boform: 'leier',
	antall_voksne: 1,
	antall_barn: 0,
	alder: 34,
	husleie_maned: 9000,
	inntekt_maned: 15000
};
