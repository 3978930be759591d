import type {
	KommuneProfile,
	Kommunegrupper,
	Kommuneliste,
	Parameter,
	Question,
	QuestionPage,
	SchemeVersion
} from './schema';
import { RuleFileError, type RuleFileProblem } from './errors';

export type FileKind = 'questions' | 'parameter' | 'scheme' | 'kommune' | 'kommuneliste' | 'kommunegrupper';

export interface RuleSet {
	/** Stable content hash of all rule files (changes whenever any rule file changes). */
	version: string;
	questions: Question[];
	questionById: Record<string, Question>;
	/** The journey's pages in asking order (questions.json `pages`); empty: one question per page. */
	pages?: QuestionPage[];
	/** The journey's sections in order (questions.json `sections`). */
	sections?: string[];
	parameters: Record<string, Parameter>;
	/** Scheme id → its versions, sorted by validFrom. */
	schemes: Record<string, SchemeVersion[]>;
	/** Kommunenummer → profile ('0000' is the generic profile). */
	kommuner: Record<string, KommuneProfile>;
	/** Every municipality (rules/kommuner/kommuneliste.json), when the rule set has the list. */
	kommuneliste?: Kommuneliste;
	/** The bostøtte groups of forskrift § 3 by kommunenummer (rules/kommuner/bostotte-kommunegrupper.json). */
	kommunegrupper?: Kommunegrupper;
	/** Which file each item came from, for messages (empty in the browser builds). */
	fileOf: Map<object, string>;
}

/**
 * The rule files sorted into a rule set, as plain data: what the browser builds bundle, ready made at build time
 * (src/tooling/vite/rules-client.js), so that the browser only adds the lookups (`ruleSetFrom`).
 */
export type RuleData = Omit<RuleSet, 'questionById' | 'fileOf'>;

export type FileValidator = (file: string, kind: FileKind, data: unknown) => RuleFileProblem[];
let validator: FileValidator | undefined;

/** Called by ./validate (which carries zod); keeps zod out of bundles that never validate. */
export function registerValidator(v: FileValidator): void {
	validator = v;
}

export function classify(path: string): FileKind | 'schema' | undefined {
	if (/(^|\/)schema\/[^/]+\.json$/.test(path)) return 'schema';
	if (/(^|\/)questions\.json$/.test(path)) return 'questions';
	if (/(^|\/)parameters\/[^/]+\.json$/.test(path)) return 'parameter';
	if (/(^|\/)schemes\/[^/]+\/[^/]+\.json$/.test(path)) return 'scheme';
	if (/(^|\/)kommuner\/kommuneliste\.json$/.test(path)) return 'kommuneliste';
	if (/(^|\/)kommuner\/bostotte-kommunegrupper\.json$/.test(path)) return 'kommunegrupper';
	if (/(^|\/)kommuner\/[^/]+\.json$/.test(path)) return 'kommune';
	return undefined;
}

// The version names what the rules decide, not how they are annotated, cited or worded: notes (a municipality's
// `kontorNote`/`tilbyrNote` too), review dates, sources (and a municipality's `nettsteder`), text keys and $schema
// are left out, so the browser builds (which drop some of them to save bytes) and the CLI name a rule set with one
// version.
const withoutMaintainerNotes = (key: string, value: unknown): unknown =>
	key === 'note' ||
	key === 'needsNote' ||
	key === 'reviewBy' ||
	key === 'reviewCheck' ||
	key === '$schema' ||
	key === 'source' ||
	key === 'explain' ||
	key === 'explainValues' ||
	key === 'texts' ||
	key === 'kontorNote' ||
	key === 'tilbyrNote' ||
	key === 'nettsteder'
		? undefined
		: value;

const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export function buildRuleSet(files: Record<string, unknown>, opts: { validate?: boolean } = {}): RuleSet {
	const { data, fileOf } = collectRuleFiles(files, opts);
	return ruleSetFrom(data, fileOf);
}

/** Sorts the rule files (keyed by path) into rule data; throws a RuleFileError naming every problem. */
export function collectRuleFiles(
	files: Record<string, unknown>,
	opts: { validate?: boolean } = {}
): { data: RuleData; fileOf: Map<object, string> } {
	const problems: RuleFileProblem[] = [];
	const paths = Object.keys(files).sort();
	const rs: RuleData = {
		version: '',
		questions: [],
		parameters: dict(),
		schemes: dict(),
		kommuner: dict()
	};
	const fileOf = new Map<object, string>();
	const questionIds = new Set<string>();
	let hash = 0x811c9dc5;
	let questionsFile: string | undefined;
	for (const file of paths) {
		const kind = classify(file);
		if (kind === 'schema') continue;
		const data = files[file];
		// the list of municipalities names them; what it decides is in the groups file (and a municipality's own
		// build leaves the list's rows out)
		if (kind !== 'kommuneliste')
			hash = fnv1a(hash, file + '\0' + JSON.stringify(data, withoutMaintainerNotes) + '\0');
		if (!kind) {
			problems.push({
				file,
				path: '',
				message: 'not a rule file (expected questions.json, parameters/, schemes/<id>/ or kommuner/)'
			});
			continue;
		}
		if (opts.validate) {
			if (!validator)
				throw new Error('buildRuleSet({ validate: true }) needs `import "src/tooling/rules/validate"` first');
			const found = validator(file, kind, data);
			if (found.length) {
				problems.push(...found);
				continue;
			}
		}
		if (kind === 'questions') {
			if (questionsFile)
				problems.push({ file, path: '', message: `a second questions file (first: ${questionsFile})` });
			questionsFile = file;
			const qf = data as { questions: Question[]; pages?: QuestionPage[]; sections?: string[] };
			rs.pages = qf.pages ?? [];
			rs.sections = qf.sections ?? [];
			for (const q of qf.questions) {
				if (questionIds.has(q.id))
					problems.push({ file, path: '', message: `question ${q.id} defined twice` });
				questionIds.add(q.id);
				rs.questions.push(q);
				fileOf.set(q, file);
			}
		} else if (kind === 'parameter') {
			const p = data as Parameter;
			if (p.id in rs.parameters)
				problems.push({ file, path: 'id', message: `parameter ${p.id} defined twice` });
			rs.parameters[p.id] = p;
			fileOf.set(p, file);
		} else if (kind === 'scheme') {
			const s = data as SchemeVersion;
			const dir = file.split('/').at(-2);
			if (opts.validate && dir !== s.id)
				problems.push({ file, path: 'id', message: `expected the folder name "${dir}", found "${s.id}"` });
			(rs.schemes[s.id] ??= []).push(s);
			fileOf.set(s, file);
		} else if (kind === 'kommuneliste') {
			rs.kommuneliste = data as Kommuneliste;
			fileOf.set(data as object, file);
		} else if (kind === 'kommunegrupper') {
			rs.kommunegrupper = data as Kommunegrupper;
			fileOf.set(data as object, file);
		} else {
			const k = data as KommuneProfile;
			if (k.kommunenummer in rs.kommuner)
				problems.push({ file, path: 'kommunenummer', message: `kommune ${k.kommunenummer} defined twice` });
			rs.kommuner[k.kommunenummer] = k;
			fileOf.set(k, file);
		}
	}
	if (problems.length) throw new RuleFileError(problems);
	for (const versions of Object.values(rs.schemes))
		versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
	rs.version = (hash >>> 0).toString(16).padStart(8, '0');
	return { data: rs, fileOf };
}

/**
 * The rule set the engine reads: the data with its questions by id, and a question with
 * `optionsFrom: "kommuneliste"` given the municipalities as its options (one list, not two).
 */
export function ruleSetFrom(data: RuleData, fileOf = new Map<object, string>()): RuleSet {
	const list = data.kommuneliste;
	const questionById = dict<Question>();
	const questions = data.questions.map((q) => {
		if (q.optionsFrom !== 'kommuneliste' || !list) return (questionById[q.id] = q);
		const filled = { ...q, options: list.kommuner.map((k) => ({ value: k.kommunenummer })) };
		if (fileOf.has(q)) fileOf.set(filled, fileOf.get(q)!);
		return (questionById[q.id] = filled);
	});
	return { ...data, questions, questionById, fileOf };
}

function fnv1a(h: number, s: string): number {
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h;
}
