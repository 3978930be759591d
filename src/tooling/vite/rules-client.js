// Rule files carry maintainers' notes (why a figure was chosen, what is uncertain): half their bytes. The browser
// evaluates the rules but never shows the notes — only the prerendered "Slik vurderer vi" pages do, and those are
// rendered on the server side of the build, which keeps them. So the client build gets the rule files without
// them. Imported with `?lean` (the question pages, which show no results), sources and text keys are left out too.
//
// The lean list of municipalities carries only their numbers, which is all the engine needs;
// `virtual:boligsjekk/kommunenavn` has their names, in the list's order, for the pages that show them.
//
// The rule set itself is made here, at build time: `virtual:boligsjekk/rules` (results, counselor) and
// `virtual:boligsjekk/rules-lean` (question and check pages) are the rule files already sorted into one object
// (`RuleData`, with the version of the files as they are), which src/lib/rules/bundled*.ts hand to `ruleSetFrom`.
// A browser build carries only the profiles it serves (`virtual:boligsjekk/kommuner`): its own, or every one in the
// build for the whole country, which alone needs the list of municipalities and their bostøtte groups.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/**
 * @template T
 * @param {string} file a TypeScript module of this project, loaded through Vite's module runner
 * @returns {() => Promise<T>}
 */
const lazyModule = (file) => {
	/** @type {Promise<T> | undefined} */
	let loaded;
	const path = fileURLToPath(new URL(file, import.meta.url));
	return () =>
		(loaded ??= runnerImport(path, { configFile: false, logLevel: 'silent' }).then(
			(r) => /** @type {T} */ (r.module)
		));
};

/** @type {() => Promise<typeof import('../rules/check-files')>} */
const loadCheck = lazyModule('../rules/check-files.ts');
/** @type {() => Promise<typeof import('../../lib/rules/ruleset')>} */
const loadRuleset = lazyModule('../../lib/rules/ruleset.ts');

const RULE_FILE = /\/rules\/(?!schema\/).*\.json$/;
// A municipality profile's `kontorNote` and `tilbyrNote` are maintainers' notes too: nothing in the client shows them.
// Which sources give a municipality's website (`nettsideKilder`, `nettsideAvvik`) is for maintainers too, and
// nothing in the client shows a municipality's county (`fylke`).
export const NOTES = new Set([
	'note',
	'needsNote',
	'$schema',
	'reviewCheck',
	'kontorNote',
	'tilbyrNote',
	'nettsideKilder',
	'nettsideAvvik',
	'fylke'
]);
// What only the results show: sources and the text keys of explanations (explainValues are display-only too; the
// engine never lets them change an outcome or which questions are asked), who decides a scheme (`decidedBy`), which
// criteria say what a scheme is for (`purpose`), the answers whose thresholds the results name (`thresholds`), what
// kind of figure a parameter is (`kind`), a municipality's own web hosts (`nettsteder`, which only the results'
// sources use) and the maintainers' notes of its profile; what only the counselor page uses, a question's `group`; and
// what a profile records that no page reads yet (a municipality's deadlines, its strategy, its office, who handles
// startlån, its average municipal fees).
export const LEAN = new Set([
	'note',
	'needsNote',
	'$schema',
	'reviewBy',
	'reviewCheck',
	'source',
	'explain',
	'explainValues',
	'texts',
	'decidedBy',
	'purpose',
	'thresholds',
	'kind',
	'kontorNote',
	'tilbyrNote',
	'nettsteder',
	'nettside',
	'nettsider',
	'nettsideKilder',
	'nettsideAvvik',
	'fylke',
	'group',
	'frister',
	'ikkeMellomfinansiering',
	'boligsosialStrategi',
	'kontor',
	'saksbehandler',
	'kommunaleAvgifterGjennomsnitt'
]);

// The profiles of the municipalities a build does not serve as its own (every one but 0000 in the build for the whole
// country) without their contacts: the footer shows the build's own, and results the chosen one's from its whole profile.
const OTHERS = new Set([...LEAN, 'kontakter']);

/**
 * @param {unknown} value
 * @param {Set<string>} drop
 * @returns {unknown}
 */
export function stripKeys(value, drop) {
	if (Array.isArray(value)) return value.map((v) => stripKeys(v, drop));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => !drop.has(key))
				.map(([key, v]) => [key, stripKeys(v, drop)])
		);
	}
	return value;
}

// The list of all 357 municipalities (3 KB gzip) is needed only by the build for the whole country, which asks for
// the municipality; a municipality's own build gets the list without its rows.
const KOMMUNELISTE = /\/rules\/kommuner\/kommuneliste\.json$/;

/**
 * @param {unknown} data
 * @param {string} path
 * @param {boolean} withList
 */
const listFor = (data, path, withList) =>
	withList || !KOMMUNELISTE.test(path) ? data : { .../** @type {object} */ (data), kommuner: [] };

/**
 * The numbers of the municipalities, most of which follow the one before closely, as one letter for each step
 * («A» = 1 up, …, «z» = 58 up) and the number itself after a longer step: 3301, 3303, 3305 → «3301BB».
 * @param {string[]} numbers four-digit kommunenummer (the schema's pattern)
 */
export function packNumbers(numbers) {
	let previous = 0;
	return numbers
		.map((nr) => {
			if (!/^\d{4}$/.test(nr)) throw new Error(`kommuneliste: «${nr}» is not a four-digit kommunenummer`);
			const step = Number(nr) - previous;
			previous = Number(nr);
			return step > 0 && step < 59 ? String.fromCharCode(64 + step) : nr;
		})
		.join('');
}

/** @param {string} packed from packNumbers: code for the list of `{ kommunenummer }` it packs */
const decodeNumbers = (packed) =>
	`((n) => ${JSON.stringify(packed)}.match(/\\d{4}|\\D/g)?.map((s) => ({ kommunenummer: String((n = s.length > 1 ? +s : n + s.charCodeAt(0) - 64)).padStart(4, '0') })) ?? [])(0)`;

const VIRTUAL = 'virtual:boligsjekk/';
const PROFILE = /^rules\/kommuner\/\d{4}-[^/]*\.json$/;

/**
 * Every rule file under `dir` but the generated schemas, keyed `rules/…` as the CLI keys them.
 * @param {string} dir
 */
function readRuleFiles(dir) {
	/** @type {Record<string, unknown>} */
	const files = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		const key = 'rules/' + relative(dir, path).split(sep).join('/');
		if (entry.isFile() && entry.name.endsWith('.json') && !key.startsWith('rules/schema/'))
			files[key] = JSON.parse(readFileSync(path, 'utf8'));
	}
	return files;
}

/**
 * @param {{ kommune: string }} opts the build's municipality (KOMMUNE; 0000 serves the whole country)
 * @returns {import('vite').Plugin}
 */
export function rulesForClient({ kommune }) {
	const kommuneliste = kommune === '0000';
	let rulesDir = resolve('rules');
	return {
		name: 'boligsjekk:rules-for-client',
		enforce: 'pre',
		configResolved(config) {
			rulesDir = resolve(config.root, 'rules');
		},
		resolveId(id) {
			return id.startsWith(VIRTUAL) ? '\0' + id : null;
		},
		async load(id, options) {
			if (!id.startsWith('\0' + VIRTUAL)) return null;
			const name = id.slice(VIRTUAL.length + 1);
			const files = readRuleFiles(rulesDir);
			for (const key of Object.keys(files)) this.addWatchFile(resolve(rulesDir, '..', key));
			const nr = (/** @type {string} */ key) =>
				/** @type {{ kommunenummer: string }} */ (files[key]).kommunenummer;
			const served = Object.keys(files).filter(
				(key) => PROFILE.test(key) && (kommuneliste || nr(key) === kommune)
			);
			if (name === 'kommuner' && !served.some((key) => nr(key) === kommune))
				this.error(
					`KOMMUNE=${kommune}: no profile rules/kommuner/${kommune}-<navn>.json (found: ${
						Object.keys(files)
							.filter((key) => PROFILE.test(key))
							.map(nr)
							.join(', ') || 'none'
					})`
				);
			if (name === 'kommuner')
				return (
					served
						.map((key, i) => `import k${i} from '/${key}?lean${nr(key) === kommune ? '' : '&others'}';\n`)
						.join('') +
					`export default { ${served.map((key, i) => `${JSON.stringify(nr(key))}: k${i}`).join(', ')} };`
				);
			if (name === 'kommunenavn') {
				const list = /** @type {{ kommuner: { navn: string, andreNavn?: string }[] }} */ (
					files['rules/kommuner/kommuneliste.json']
				);
				const names = kommuneliste ? list.kommuner.map((k) => [k.navn, k.andreNavn ?? ''].join('|')) : [];
				return `export default ${JSON.stringify(names.join('\n'))};`;
			}
			if (name !== 'rules' && name !== 'rules-lean') return null;
			const lean = name === 'rules-lean';
			const { collectRuleFiles } = await loadRuleset();
			const { kommuner, kommuneliste: list, kommunegrupper, ...data } = collectRuleFiles(files).data;
			// the server side renders the pages about the schemes, with their notes, for every municipality
			const server = Boolean(options?.ssr) && !lean;
			/** @param {unknown} value */
			const json = (value) => JSON.stringify(server ? value : stripKeys(value, lean ? LEAN : NOTES));
			const withList = kommuneliste || server;
			const fields = [
				json(data).slice(1, -1),
				lean
					? 'kommuner'
					: `kommuner: ${json(server ? kommuner : Object.fromEntries(served.map((key) => [nr(key), kommuner[nr(key)]])))}`
			];
			if (withList && list) fields.push('kommuneliste');
			if (withList && kommunegrupper) fields.push(`kommunegrupper: ${json(kommunegrupper)}`);
			return [
				lean ? `import kommuner from '${VIRTUAL}kommuner';` : '',
				withList && list
					? `import kommuneliste from '/rules/kommuner/kommuneliste.json${lean ? '?lean' : ''}';`
					: '',
				`export default { ${fields.join(', ')} };`
			].join('\n');
		},
		transform(code, id, options) {
			const [path = '', query = ''] = id.split('?');
			if (!RULE_FILE.test(path)) return null;
			// A `?lean` id is no longer recognised as JSON by the bundler, so it becomes a module here, in both builds.
			const params = new URLSearchParams(query);
			if (params.has('lean')) {
				const data = listFor(
					stripKeys(JSON.parse(code), params.has('others') ? OTHERS : LEAN),
					path,
					kommuneliste
				);
				if (!KOMMUNELISTE.test(path))
					return { code: `export default ${JSON.stringify(data)};`, map: null, moduleType: 'js' };
				// the engine needs only the numbers; the names come with the pages that show them (kommunenavn)
				const { kommuner, ...rest } = /** @type {{ kommuner: { kommunenummer: string }[] }} */ (data);
				return {
					code: `export default { ...${JSON.stringify(rest)}, kommuner: ${decodeNumbers(packNumbers(kommuner.map((k) => k.kommunenummer)))} };`,
					map: null,
					moduleType: 'js'
				};
			}
			if (options?.ssr) return null;
			return {
				code: JSON.stringify(listFor(stripKeys(JSON.parse(code), NOTES), path, kommuneliste)),
				map: null
			};
		}
	};
}

/**
 * The build's rule step: before anything is bundled or prerendered, the rule files that `src/lib/rules/bundled*.ts`
 * import get every check `npm run rules -- check` and `coverage` make; any problem stops the build, each named as
 * `file: JSON path: what was expected`. Once per process (SvelteKit runs a server and a client build).
 * @param {{ rules?: string, locales?: string }} [dirs] folders relative to the project root
 * @returns {import('vite').Plugin}
 */
export function rulesChecked(dirs = {}) {
	/** @type {string | undefined} */
	let root;
	let passed = false;
	return {
		name: 'boligsjekk:rules-checked',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		async buildStart() {
			if (passed) return;
			const base = root ?? process.cwd();
			// Loaded through Vite's module runner (TypeScript, extensionless imports), not bundled into the config.
			const check = await loadCheck();
			const problems = check.checkRulesDir(
				resolve(base, dirs.rules ?? 'rules'),
				resolve(base, dirs.locales ?? 'src/lib/i18n/locales/nb')
			);
			if (problems.length)
				this.error(
					`${problems.length} problem(s) in the rule files; nothing was built (\`npm run rules -- check\` says the same):\n` +
						problems.map(check.formatProblem).join('\n')
				);
			passed = true;
		}
	};
}
