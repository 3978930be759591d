import { loadRuleSet } from '../../../src/lib/rules/node';
import { compileExpr, type Ctx, type Val } from '../../../src/lib/rules/expr';
import type { Answers, Expr, KommuneProfile } from '../../../src/lib/rules/schema';

export const FIXTURE = 'tests/fixtures/rules/rules';
export const fixture = () => loadRuleSet(FIXTURE);
export const AH = { date: '2026-11-01', kommune: '3226' };

/** TC-B1 of rules-facts §6.1 (1 adult, rent 9 000, income 15 000 a month). */
export const tcB1: Answers = {
	alder: 34,
	student: false,
	antall_voksne: 1,
	antall_barn: 0,
	boform: 'leier',
	oppvarming_inkludert: true,
	ung_ufor: false,
	husleie_maned: 9000,
	inntekt_maned: 15000
};

export function run(
	e: Expr,
	answers: Answers = {},
	params: Record<string, { value: unknown; unknown?: boolean }> = {},
	profile: Partial<KommuneProfile> = {}
): Val {
	const f = compileExpr(e, { where: 'test', ref: () => 0, params: new Set(), answers: new Set() });
	const ctx: Ctx = {
		answers,
		date: '2026-11-01',
		profile: { kommunenummer: '0000', navn: 'x', ...profile } as KommuneProfile,
		params: Object.fromEntries(
			Object.entries(params).map(([k, v]) => [k, { value: v.value, unknown: !!v.unknown }])
		),
		vals: [],
		valFns: []
	};
	return f(ctx);
}
