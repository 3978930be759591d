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

const LOV = { instrument: 'bustøttelova (LOV-2012-08-24-64)', paragraph: '§ 3 a', grade: 'P' } as const;
const FORSKRIFT = {
	instrument: 'forskrift om bustøtte (FOR-2012-11-29-1283)',
	paragraph: '§ 3',
	grade: 'P-arch'
} as const;
type Res = 'met' | 'not-met' | 'unknown' | 'not-applicable';
const tri = (ok: boolean | undefined): Res => (ok === undefined ? 'unknown' : ok ? 'met' : 'not-met');

/** The same logic, returning the same explainable result shape as the engine (criteria, steps, missing). */
export function bostotteHandwrittenFull(a: BostotteInput) {
	const missing: string[] = [];
	const need = <T>(id: keyof BostotteInput, v: T | undefined) => (v === undefined && missing.push(id), v);
	const alder =
		a.alder !== undefined && a.alder >= 18
			? true
			: a.har_egne_barn_i_boligen === true
				? true
				: a.alder !== undefined && a.har_egne_barn_i_boligen === false
					? false
					: undefined;
	const student =
		a.student === false || (a.antall_barn ?? 0) > 0
			? true
			: a.student === true && a.antall_barn === 0
				? false
				: undefined;
	const boform = a.boform === undefined ? undefined : a.boform === 'leier' || a.boform === 'eier';
	const r = [alder, student, boform];
	const criteria = [
		{
			id: 'alder',
			hard: true,
			result: tri(alder),
			explain: { key: `schemes.bostotte.criteria.alder.${tri(alder)}`, values: { alder: a.alder ?? null } },
			source: LOV
		},
		{
			id: 'student',
			hard: true,
			result: tri(student),
			explain: { key: `schemes.bostotte.criteria.student.${tri(student)}`, values: {} },
			source: LOV
		},
		{
			id: 'boform',
			hard: true,
			result: tri(boform),
			explain: { key: `schemes.bostotte.criteria.boform.${tri(boform)}`, values: {} },
			source: LOV
		},
		{
			id: 'eier_avgifter',
			hard: false,
			result: (a.boform === 'eier' ? 'met' : a.boform === undefined ? 'unknown' : 'not-applicable') as Res,
			explain: { key: 'schemes.bostotte.criteria.eier_avgifter', values: {} },
			source: FORSKRIFT
		}
	];
	const notMet = ['alder', 'student', 'boform'].filter((_, i) => r[i] === false);
	const outcome = notMet.length ? 'not-eligible' : r.every((x) => x === true) ? 'eligible' : 'unknown';
	if (alder === undefined)
		(need('alder', a.alder), need('har_egne_barn_i_boligen', a.har_egne_barn_i_boligen));
	if (student === undefined) (need('student', a.student), need('antall_barn', a.antall_barn));
	if (boform === undefined) need('boform', a.boform);
	let amount: {
		unit: string;
		value: number | null;
		steps: {
			id: string;
			value: number | null;
			explain: { key: string; values: { value: number | null } };
			source?: typeof FORSKRIFT;
		}[];
	} = {
		unit: 'kr/mnd',
		value: 0,
		steps: []
	};
	if (outcome !== 'not-eligible') {
		const v = need('antall_voksne', a.antall_voksne);
		const b = need('antall_barn', a.antall_barn);
		const h = need('husleie_maned', a.husleie_maned);
		const o = need('oppvarming_inkludert', a.oppvarming_inkludert);
		const i = need('inntekt_maned', a.inntekt_maned);
		const tak = v !== undefined && b !== undefined ? TAK[Math.min(v + b, 5)]! : null;
		const godkjent =
			tak !== null && h !== undefined && o !== undefined ? Math.min(h * 12 + (o ? 0 : 7356), tak) : null;
		const x =
			v !== undefined && b !== undefined && i !== undefined
				? Math.round((i * 12) / (1 + 0.13 * (v - 1) + 0.15 * b))
				: null;
		const lav = x === null ? null : 26576 + 0.1644 * Math.max(0, x - 137462);
		const ordinar = lav === null || x === null ? null : lav + 0.6356 * Math.max(0, x - 245278);
		const ung = lav === null || x === null ? null : lav + 0.6356 * Math.max(0, x - 295795);
		const egenandel =
			ordinar !== null && ordinar === ung
				? ordinar
				: a.ung_ufor === undefined
					? (need('ung_ufor', undefined), null)
					: a.ung_ufor
						? ung
						: ordinar;
		const beregnet =
			godkjent !== null && egenandel !== null ? (0.737 * Math.max(0, godkjent - egenandel)) / 12 : null;
		const value = beregnet === null ? null : beregnet >= 63 ? Math.round(beregnet) : 0;
		const step = (id: string, value: number | null) => ({
			id,
			value,
			explain: { key: `schemes.bostotte.steps.${id}`, values: { value } },
			source: FORSKRIFT
		});
		amount = {
			unit: 'kr/mnd',
			value,
			steps: [
				step('boutgiftstak', tak),
				step('godkjente_boutgifter', godkjent),
				step('omregnet_inntekt', x),
				step('egenandel', egenandel),
				step('utbetaling', value)
			]
		};
	}
	return {
		scheme: 'bostotte',
		version: '2026-06',
		validFrom: '2026-06-01',
		validTo: null,
		decidedBy: 'husbanken',
		outcome,
		criteria,
		deciding: outcome === 'not-eligible' ? notMet : [],
		amount,
		thresholds: [],
		missing: outcome === 'not-eligible' ? [] : [...new Set(missing)],
		unknownFacts: [],
		texts: 'schemes.bostotte'
	};
}
