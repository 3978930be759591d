import type { RuleSet } from '../../lib/rules/ruleset';
import { validOn } from '../../lib/rules/engine';

export interface CoverageProblem {
	kind: 'scheme' | 'parameter';
	id: string;
	problem: 'gap' | 'overlap';
	from: string;
	to: string;
	/** Number of valid versions on those days (0 for a gap). */
	count: number;
}

const addDay = (d: string): string => {
	const t = new Date(d + 'T00:00:00Z');
	t.setUTCDate(t.getUTCDate() + 1);
	return t.toISOString().slice(0, 10);
};

/**
 * The days every scheme and parameter must cover unless told otherwise: from the first day this service has rules
 * for, to the end of next year as seen from `today`, so the window moves with the calendar and always holds today.
 */
export function coverageWindow(today = new Date().toISOString().slice(0, 10)): { from: string; to: string } {
	return { from: '2024-01-01', to: `${Number(today.slice(0, 4)) + 1}-12-31` };
}

/** Every day from..to must have exactly one valid version of every scheme and every parameter. */
export function coverage(rules: RuleSet, { from, to } = coverageWindow()): CoverageProblem[] {
	const out: CoverageProblem[] = [];
	const scan = (
		kind: CoverageProblem['kind'],
		id: string,
		periods: { validFrom: string; validTo: string | null }[]
	) => {
		let run: CoverageProblem | undefined;
		for (let d = from; d <= to; d = addDay(d)) {
			let n = 0;
			for (const p of periods) if (validOn(p, d)) n++;
			if (run && (n !== run.count || n === 1)) {
				out.push(run);
				run = undefined;
			}
			if (n !== 1) {
				if (run) run.to = d;
				else run = { kind, id, problem: n === 0 ? 'gap' : 'overlap', from: d, to: d, count: n };
			}
		}
		if (run) out.push(run);
	};
	for (const [id, versions] of Object.entries(rules.schemes)) scan('scheme', id, versions);
	for (const [id, p] of Object.entries(rules.parameters)) scan('parameter', id, p.values);
	return out;
}
