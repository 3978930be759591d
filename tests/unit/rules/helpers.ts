import { loadRuleSet } from '../../../src/tooling/rules/node';
import { compileExpr, type Ctx, type Val } from '../../../src/lib/rules/expr';
import type { Answers, Expr, KommuneProfile } from '../../../src/lib/rules/schema';

export const FIXTURE = 'tests/fixtures/rules/rules';
export const fixture = () => loadRuleSet(FIXTURE);
export const AH = { date: '2026-11-01', kommune: '3226' };

/** TC-B1 of rules/sources/bostotte.md#eksempler (1 adult, rent 9 000, income 15 000 a month). */
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
	const aSlots = new Map<string, number>();
	const pSlots = new Map<string, number>();
	const slot = (m: Map<string, number>, id: string) => m.get(id) ?? (m.set(id, m.size), m.size - 1);
	const f = compileExpr(e, {
		where: 'test',
		ref: () => 0,
		answerSlot: (id) => slot(aSlots, id),
		paramSlot: (id) => slot(pSlots, id),
		params: new Set(),
		answers: new Set()
	});
	const ctx: Ctx = {
		av: [...aSlots.keys()].map((id) => (Object.hasOwn(answers, id) ? answers[id] : undefined)),
		date: '2026-11-01',
		profile: { kommunenummer: '0000', navn: 'x', ...profile } as KommuneProfile,
		pv: [...pSlots.keys()].map((id) => {
			const p = params[id];
			return p ? { value: p.value, unknown: !!p.unknown } : undefined;
		}),
		vals: [],
		valFns: []
	};
	return f(ctx);
}
