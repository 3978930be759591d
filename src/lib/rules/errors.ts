export interface RuleFileProblem {
	file: string;
	/** JSON path like `criteria[0].test` ('' for the whole file). */
	path: string;
	message: string;
}

export class RuleFileError extends Error {
	constructor(readonly problems: RuleFileProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'RuleFileError';
	}
}

export function formatProblem(p: RuleFileProblem): string {
	return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** No or several versions of a scheme or parameter are valid on the date: never a silent fallback. */
export class RuleVersionError extends Error {
	constructor(
		readonly kind: 'scheme' | 'parameter',
		readonly id: string,
		readonly date: string,
		readonly found: number
	) {
		super(
			found === 0
				? `no version of ${kind} ${id} is valid on ${date}`
				: `${found} versions of ${kind} ${id} are valid on ${date} (expected exactly one)`
		);
		this.name = 'RuleVersionError';
	}
}

/** A rule expression cannot be evaluated (type error, division by 0, missing table key …). */
export class RuleEvalError extends Error {
	constructor(
		message: string,
		readonly where: string
	) {
		super(`${where}: ${message}`);
		this.name = 'RuleEvalError';
	}
}

export function jsonPath(path: readonly PropertyKey[]): string {
	let s = '';
	for (const k of path) {
		if (typeof k === 'number') s += `[${k}]`;
		else {
			const key = String(k);
			s += /^[A-Za-z_$][\w$]*$/.test(key) ? (s ? '.' : '') + key : `[${JSON.stringify(key)}]`;
		}
	}
	return s;
}
