// The fixture bostøtte in json-rules-engine: gates as JSON conditions, the amount as chained dynamic facts.
import { Engine, type Almanac } from 'json-rules-engine';

const TAK: Record<number, number> = { 1: 92234, 2: 113774, 3: 125977, 4: 138182, 5: 150385 };

export function jreEngine(): Engine {
	const engine = new Engine([], { allowUndefinedFacts: true });
	engine.addRule({
		conditions: {
			all: [
				{
					any: [
						{ fact: 'alder', operator: 'greaterThanInclusive', value: 18 },
						{ fact: 'har_egne_barn_i_boligen', operator: 'equal', value: true }
					]
				},
				{
					any: [
						{ fact: 'student', operator: 'equal', value: false },
						{ fact: 'antall_barn', operator: 'greaterThan', value: 0 }
					]
				},
				{ fact: 'boform', operator: 'in', value: ['leier', 'eier'] }
			]
		},
		event: { type: 'eligible' }
	});
	const f = (a: Almanac, id: string) => a.factValue<number>(id);
	engine.addFact('godkjente_boutgifter', async (_p, a) => {
		const [v, b, h, o] = await Promise.all([
			f(a, 'antall_voksne'),
			f(a, 'antall_barn'),
			f(a, 'husleie_maned'),
			a.factValue<boolean>('oppvarming_inkludert')
		]);
		return Math.min(h * 12 + (o ? 0 : 7356), TAK[Math.min(v + b, 5)]!);
	});
	engine.addFact('omregnet_inntekt', async (_p, a) => {
		const [v, b, i] = await Promise.all([f(a, 'antall_voksne'), f(a, 'antall_barn'), f(a, 'inntekt_maned')]);
		return Math.round((i * 12) / (1 + 0.13 * (v - 1) + 0.15 * b));
	});
	engine.addFact('egenandel', async (_p, a) => {
		const x = await f(a, 'omregnet_inntekt');
		const u = await a.factValue<boolean>('ung_ufor');
		return 26576 + 0.1644 * Math.max(0, x - 137462) + 0.6356 * Math.max(0, x - (u ? 295795 : 245278));
	});
	engine.addFact('utbetaling', async (_p, a) => {
		const beregnet =
			(0.737 * Math.max(0, (await f(a, 'godkjente_boutgifter')) - (await f(a, 'egenandel')))) / 12;
		return beregnet >= 63 ? Math.round(beregnet) : 0;
	});
	engine.addRule({
		conditions: { all: [{ fact: 'utbetaling', operator: 'greaterThan', value: 0 }] },
		event: { type: 'amount' }
	});
	return engine;
}
