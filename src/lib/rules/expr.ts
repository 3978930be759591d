// Compiles rule expressions to closures once per rule set (no eval/Function), evaluated in Kleene logic.
// Unknown values carry the missing answers (and unknown parameters/profile facts) they depend on.
import type { AnswerValue, Brackets, Expr, KommuneProfile, Literal } from './schema';
import { RuleEvalError } from './errors';

export class Unk {
	constructor(
		/** Unanswered question ids the value depends on. */
		readonly missing: readonly string[],
		/** Parameters (`param:id`) or profile paths (`profile:a.b`) whose value is not known. */
		readonly facts: readonly string[]
	) {}
}

export type Table = Record<string, number>;
export type Val = number | string | boolean | null | readonly string[] | Table | Brackets | Unk;
export type Fn = (c: Ctx) => Val;

export interface ParamSel {
	value: unknown;
	unknown: boolean;
}

export interface Ctx {
	/** Answers by slot (see CompileEnv.answerSlot); undefined = not answered. */
	av: (AnswerValue | undefined)[];
	date: string;
	profile: KommuneProfile;
	/** Parameter values valid on the date, by slot. */
	pv: (ParamSel | undefined)[];
	/** Memo of the current scheme's named values, by index. */
	vals: (Val | undefined)[];
	valFns: Fn[];
	/** The needs the resident chose (`behov`); undefined: every scheme is checked. */
	needs?: readonly string[];
}

export interface CompileEnv {
	where: string;
	/** Resolves a `ref` to the index of a named value; throws when unknown. */
	ref: (name: string) => number;
	/** Array index of an answer / parameter in Ctx.av / Ctx.pv: arrays beat keyed lookups on answer objects. */
	answerSlot: (id: string) => number;
	paramSlot: (id: string) => number;
	params: Set<string>;
	answers: Set<string>;
}

const union = (a: readonly string[], b: readonly string[]): readonly string[] => {
	if (!a.length) return b;
	if (!b.length) return a;
	const out = a.slice();
	for (const x of b) if (!out.includes(x)) out.push(x);
	return out;
};
const contains = (a: readonly string[], b: readonly string[]) => {
	for (const x of b) if (!a.includes(x)) return false;
	return true;
};
export const mergeUnk = (a: Unk | undefined, b: Unk): Unk => {
	if (!a || a === b) return b;
	if (contains(a.missing, b.missing) && contains(a.facts, b.facts)) return a;
	if (contains(b.missing, a.missing) && contains(b.facts, a.facts)) return b;
	return new Unk(union(a.missing, b.missing), union(a.facts, b.facts));
};

const isUnk = (v: Val): v is Unk => v instanceof Unk;

const isAnswer = (e: unknown): e is { answer: string } =>
	e !== null &&
	typeof e === 'object' &&
	!Array.isArray(e) &&
	typeof (e as { answer?: unknown }).answer === 'string' &&
	Object.keys(e).length === 1;

export function typeName(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	return typeof v;
}

export function compileExpr(e: Expr, env: CompileEnv): Fn {
	const where = env.where;
	const fail = (msg: string): never => {
		throw new RuleEvalError(msg, where);
	};
	if (e === null || typeof e !== 'object') {
		const lit: Literal = e;
		return () => lit;
	}
	const keys = Object.keys(e);
	if (keys.length !== 1)
		fail(`an expression object has exactly one operator key, found ${JSON.stringify(keys)}`);
	const op = keys[0]!;
	const arg = (e as Record<string, unknown>)[op];
	const sub = (x: unknown) => compileExpr(x as Expr, env);
	const list = (): Fn[] => {
		if (!Array.isArray(arg)) fail(`"${op}" expects an array of expressions`);
		return (arg as Expr[]).map(sub);
	};
	const num = (v: Val): number => {
		if (typeof v !== 'number') fail(`"${op}" expects numbers, found ${typeName(v)} ${JSON.stringify(v)}`);
		return v as number;
	};

	switch (op) {
		case 'answer': {
			const id = arg as string;
			env.answers.add(id);
			const i = env.answerSlot(id);
			const u = new Unk([id], []);
			return (c) => {
				const v = c.av[i];
				return v === undefined ? u : v;
			};
		}
		case 'param': {
			const id = arg as string;
			env.params.add(id);
			const i = env.paramSlot(id);
			const u = new Unk([], ['param:' + id]);
			return (c) => {
				const p = c.pv[i];
				if (!p) return fail(`parameter ${id} not selected`);
				return p.unknown ? u : (p.value as Val);
			};
		}
		case 'ref': {
			const i = env.ref(arg as string);
			return (c) => {
				const v = c.vals[i];
				if (v !== undefined) return v;
				return (c.vals[i] = c.valFns[i]!(c));
			};
		}
		case 'profile': {
			const path = (arg as string).split('.');
			const u = new Unk([], ['profile:' + (arg as string)]);
			return (c) => {
				let v: unknown = c.profile;
				for (const k of path) {
					if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return u;
					v = (v as Record<string, unknown>)[k];
				}
				return v === null || v === undefined ? u : (v as Val);
			};
		}
		case 'date':
			return (c) => c.date;
		case '+':
		case '*':
		case 'min':
		case 'max': {
			const fs = list();
			const step: (a: number, b: number) => number =
				op === '+' ? (a, b) => a + b : op === '*' ? (a, b) => a * b : op === 'min' ? Math.min : Math.max;
			const slow = (c: Ctx): Val => {
				let u: Unk | undefined;
				let acc = 0;
				for (let i = 0; i < fs.length; i++) {
					const v = fs[i]!(c);
					if (isUnk(v)) u = mergeUnk(u, v);
					else if (!u) acc = i === 0 ? num(v) : step(acc, num(v));
					else num(v);
				}
				return u ?? acc;
			};
			if (fs.length !== 2) return slow;
			// Two numeric operands is by far the common case: one specialised closure per operator, no calls.
			const [f0, f1] = fs as [Fn, Fn];
			const other = (a: Val, b: Val): Val => {
				if (isUnk(a)) return isUnk(b) ? mergeUnk(a, b) : (num(b), a);
				if (isUnk(b)) return (num(a), b);
				return step(num(a), num(b));
			};
			const fast2 = (op: string): Fn => {
				switch (op) {
					case '+':
						return (c) => {
							const a = f0(c);
							const b = f1(c);
							return typeof a === 'number' && typeof b === 'number' ? a + b : other(a, b);
						};
					case '*':
						return (c) => {
							const a = f0(c);
							const b = f1(c);
							return typeof a === 'number' && typeof b === 'number' ? a * b : other(a, b);
						};
					case 'min':
						return (c) => {
							const a = f0(c);
							const b = f1(c);
							return typeof a === 'number' && typeof b === 'number' ? (a < b ? a : b) : other(a, b);
						};
					default:
						return (c) => {
							const a = f0(c);
							const b = f1(c);
							return typeof a === 'number' && typeof b === 'number' ? (a > b ? a : b) : other(a, b);
						};
				}
			};
			return fast2(op);
		}
		case '-':
		case '/': {
			const [fa, fb] = list() as [Fn, Fn];
			const div = op === '/';
			return (c) => {
				const a = fa(c);
				const b = fb(c);
				if (isUnk(a)) return isUnk(b) ? mergeUnk(a, b) : a;
				if (isUnk(b)) return b;
				if (!div) return num(a) - num(b);
				if (num(b) === 0) fail('division by 0');
				return num(a) / (b as number);
			};
		}
		case 'round': {
			const [fx, fn] = list() as [Fn, Fn];
			return (c) => {
				const x = fx(c);
				const n = fn(c);
				if (isUnk(x)) return isUnk(n) ? mergeUnk(x, n) : x;
				if (isUnk(n)) return n;
				return roundHalfAway(num(x), num(n));
			};
		}
		case 'floor':
		case 'ceil': {
			const f = sub(arg);
			const g = op === 'floor' ? Math.floor : Math.ceil;
			return (c) => {
				const v = f(c);
				return isUnk(v) ? v : g(num(v));
			};
		}
		case 'clamp': {
			const [fx, flo, fhi] = list() as [Fn, Fn, Fn];
			return (c) => {
				const x = fx(c);
				const lo = flo(c);
				const hi = fhi(c);
				let u: Unk | undefined;
				for (const v of [x, lo, hi]) if (isUnk(v)) u = mergeUnk(u, v);
				if (u) return u;
				return Math.min(Math.max(num(x), num(lo)), num(hi));
			};
		}
		case '==':
		case '!=':
		case '<':
		case '<=':
		case '>':
		case '>=': {
			const eq = op === '==' || op === '!=';
			const args = arg as Expr[];
			const lit =
				Array.isArray(args) && args.length === 2 && (args[1] === null || typeof args[1] !== 'object')
					? args[1]
					: undefined;
			// `{ "==": [{ "answer": id }, literal] }` is the commonest test in the rules: one closure, no calls.
			if (eq && lit !== undefined && isAnswer(args[0])) {
				const id = args[0].answer;
				const fa = sub(args[0]);
				const i = env.answerSlot(id);
				const want = op === '==';
				return (c) => {
					const v = c.av[i];
					if (v === undefined) return fa(c);
					if (typeof v === 'object') fail(`"${op}" compares literals, found ${typeName(v)}`);
					return (v === lit) === want;
				};
			}
			const [fa, fb] = list() as [Fn, Fn];
			const cmp = comparator(op);
			return (c) => {
				const a = fa(c);
				const b = fb(c);
				if (isUnk(a)) return isUnk(b) ? mergeUnk(a, b) : a;
				if (isUnk(b)) return b;
				if (op === '==' || op === '!=') {
					if (typeof a === 'object' && a !== null) fail(`"${op}" compares literals, found ${typeName(a)}`);
					return (a === b) === (op === '==');
				}
				if (!(
					(typeof a === 'number' && typeof b === 'number') ||
					(typeof a === 'string' && typeof b === 'string')
				))
					fail(`"${op}" compares two numbers or two ISO dates, found ${typeName(a)} and ${typeName(b)}`);
				return cmp(a as number, b as number);
			};
		}
		case 'and':
		case 'or': {
			const fs = list();
			const stop = op === 'or';
			return (c) => {
				let u: Unk | undefined;
				for (let i = 0; i < fs.length; i++) {
					const v = fs[i]!(c);
					if (v === stop) return stop;
					if (isUnk(v)) u = mergeUnk(u, v);
					else if (typeof v !== 'boolean') fail(`"${op}" expects booleans, found ${typeName(v)}`);
				}
				return u ?? !stop;
			};
		}
		case 'not': {
			const f = sub(arg);
			return (c) => {
				const v = f(c);
				if (isUnk(v)) return v;
				if (typeof v !== 'boolean') fail(`"not" expects a boolean, found ${typeName(v)}`);
				return !v;
			};
		}
		case 'if': {
			const [fc, ft, fe] = list() as [Fn, Fn, Fn];
			return (c) => {
				const k = fc(c);
				if (k === true) return ft(c);
				if (k === false) return fe(c);
				if (!isUnk(k)) return fail(`"if" expects a boolean condition, found ${typeName(k)}`);
				// A branch the condition may yet rule out must not fail the whole evaluation (e.g. a guarded division).
				const t = guarded(ft, c, k);
				const f = guarded(fe, c, k);
				if (!isUnk(t) && !isUnk(f) && t === f) return t;
				let u = k;
				if (isUnk(t)) u = mergeUnk(u, t);
				if (isUnk(f)) u = mergeUnk(u, f);
				return u;
			};
		}
		case 'in': {
			const [x, options] = arg as [Expr, Literal[]];
			const fx = sub(x);
			return (c) => {
				const v = fx(c);
				return isUnk(v) ? v : options.includes(v as Literal);
			};
		}
		case 'has': {
			const [x, value] = arg as [Expr, string];
			const fx = sub(x);
			return (c) => {
				const v = fx(c);
				if (isUnk(v)) return v;
				if (!Array.isArray(v)) fail(`"has" expects a multi answer (array), found ${typeName(v)}`);
				return (v as string[]).includes(value);
			};
		}
		case 'lookup': {
			const [ft, fk] = list() as [Fn, Fn];
			return (c) => {
				const t = ft(c);
				const k = fk(c);
				if (isUnk(t)) return isUnk(k) ? mergeUnk(t, k) : t;
				if (isUnk(k)) return k;
				if (t === null || typeof t !== 'object' || Array.isArray(t))
					fail(`"lookup" expects a table, found ${typeName(t)}`);
				const key = String(k);
				if (!Object.hasOwn(t as object, key)) fail(`"lookup": the table has no key "${key}"`);
				return (t as Table)[key]!;
			};
		}
		case 'bracket': {
			const [fb, fx] = list() as [Fn, Fn];
			return (c) => {
				const b = fb(c);
				const x = fx(c);
				if (isUnk(b)) return isUnk(x) ? mergeUnk(b, x) : b;
				if (isUnk(x)) return x;
				if (!Array.isArray(b)) fail(`"bracket" expects a brackets parameter, found ${typeName(b)}`);
				const n = num(x);
				let out: number | undefined;
				for (const br of b as Brackets) if (br.from <= n) out = br.value;
				if (out === undefined) fail(`"bracket": no bracket starts at or below ${n}`);
				return out!;
			};
		}
		case 'annuity':
		case 'payment': {
			const o = arg as Record<string, Expr>;
			const first = op === 'annuity' ? 'payment' : 'principal';
			const fp = sub(o[first]);
			const fr = sub(o.ratePerYear);
			const fn = sub(o.years);
			return (c) => {
				const p = fp(c);
				const r = fr(c);
				const n = fn(c);
				let u: Unk | undefined;
				for (const v of [p, r, n]) if (isUnk(v)) u = mergeUnk(u, v);
				if (u) return u;
				const i = num(r) / 12;
				const months = 12 * num(n);
				if (months <= 0) fail(`"${op}": years must be > 0`);
				const factor = i === 0 ? months : (1 - Math.pow(1 + i, -months)) / i;
				return op === 'annuity' ? num(p) * factor : num(p) / factor;
			};
		}
		case 'coalesce': {
			// The first operand that is not unknown. An operand unknown for lack of an answer is not skipped
			// (the answer may still come and would win); only unknown facts (parameters, profile) fall through.
			const fs = list();
			return (c) => {
				let u: Unk | undefined;
				for (const f of fs) {
					const v = f(c);
					if (!isUnk(v)) return u && u.missing.length ? u : v;
					u = mergeUnk(u, v);
				}
				return u!;
			};
		}
		default:
			return fail(`unknown operator "${op}"`);
	}
}

function guarded(f: Fn, c: Ctx, cond: Unk): Val {
	try {
		return f(c);
	} catch (e) {
		if (e instanceof RuleEvalError) return cond;
		throw e;
	}
}

function comparator(op: string): (a: number, b: number) => boolean {
	switch (op) {
		case '<':
			return (a, b) => a < b;
		case '<=':
			return (a, b) => a <= b;
		case '>':
			return (a, b) => a > b;
		default:
			return (a, b) => a >= b;
	}
}

export function roundHalfAway(x: number, decimals: number): number {
	const f = 10 ** decimals;
	const y = Math.abs(x) * f;
	// 1e-9 relative nudge: 2.675 * 100 is 267.49999999999997 in binary floating point.
	const r = Math.floor(y + 0.5 + y * 1e-12) / f;
	return x < 0 ? -r : r;
}
