import type { RuleSet } from '../../lib/rules/ruleset';
import { validOn } from '../../lib/rules/engine';
import { coverageWindow } from '../../lib/rules/dates';

export { coverageWindow };

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
