// The fixture bostøtte (rules-facts §1.14, 2026-06 parameters) as plain TypeScript: the speed baseline.
export interface BostotteInput {
	alder?: number;
	har_egne_barn_i_boligen?: boolean;
	student?: boolean;
	antall_voksne?: number;
	antall_barn?: number;
	boform?: string;
	husleie_maned?: number;
	oppvarming_inkludert?: boolean;
	inntekt_maned?: number;
	ung_ufor?: boolean;
}

const TAK: Record<number, number> = { 1: 92234, 2: 113774, 3: 125977, 4: 138182, 5: 150385 };

export function bostotteHandwritten(a: BostotteInput): { outcome: string; amount: number | null } {
	const alderOk = (a.alder !== undefined && a.alder >= 18) || a.har_egne_barn_i_boligen === true;
	const studentOk = a.student === false || (a.antall_barn ?? 0) > 0;
	const boformOk = a.boform === 'leier' || a.boform === 'eier';
	if (
		(a.alder !== undefined && a.alder < 18 && a.har_egne_barn_i_boligen === false) ||
		(a.student === true && a.antall_barn === 0) ||
		(a.boform !== undefined && !boformOk)
	)
		return { outcome: 'not-eligible', amount: 0 };
	const outcome = alderOk && studentOk && boformOk ? 'eligible' : 'unknown';
	const {
		antall_voksne: v,
		antall_barn: b,
		husleie_maned: h,
		oppvarming_inkludert: o,
		inntekt_maned: i,
		ung_ufor: u
	} = a;
	if (v === undefined || b === undefined || h === undefined || o === undefined || i === undefined)
		return { outcome, amount: null };
	const tak = TAK[Math.min(v + b, 5)]!;
	const godkjent = Math.min(h * 12 + (o ? 0 : 7356), tak);
	const x = Math.round((i * 12) / (1 + 0.13 * (v - 1) + 0.15 * b));
	const lav = 26576 + 0.1644 * Math.max(0, x - 137462);
	const egenandel = u === undefined ? null : lav + 0.6356 * Math.max(0, x - (u ? 295795 : 245278));
	if (egenandel === null) return { outcome, amount: null };
	const beregnet = (0.737 * Math.max(0, godkjent - egenandel)) / 12;
	return { outcome, amount: beregnet >= 63 ? Math.round(beregnet) : 0 };
}
