// Rule files carry maintainers' notes (why a figure was chosen, what is uncertain): half their bytes. The browser
// evaluates the rules but never shows the notes — only the prerendered "Slik vurderer vi" pages do, and those are
// rendered on the server side of the build, which keeps them. So the client build gets the rule files without
// them. Imported with `?lean` (the question pages, which show no results), sources and text keys are left out too.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const CHECK_MODULE = fileURLToPath(new URL('../rules/check-files.ts', import.meta.url));

/** @type {Promise<typeof import('../rules/check-files')> | undefined} */
let checkModule;
const loadCheck = () =>
	(checkModule ??= runnerImport(CHECK_MODULE, { configFile: false, logLevel: 'silent' }).then(
		(r) => /** @type {typeof import('../rules/check-files')} */ (r.module)
	));

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
// engine never lets them change an outcome or which questions are asked), a municipality's
// own web hosts (`nettsteder`, which only the results' sources use) and the maintainers' notes of its profile.
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
	'kontorNote',
	'tilbyrNote',
	'nettsteder',
	'nettside',
	'nettsider',
	'nettsideKilder',
	'nettsideAvvik',
	'fylke'
]);

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
 * @param {{ kommuneliste?: boolean }} [opts] kommuneliste: keep the municipality list's rows (KOMMUNE=0000)
 * @returns {import('vite').Plugin}
 */
export function rulesForClient({ kommuneliste = true } = {}) {
	return {
		name: 'boligsjekk:rules-for-client',
		enforce: 'pre',
		transform(code, id, options) {
			const [path = '', query = ''] = id.split('?');
			if (!RULE_FILE.test(path)) return null;
			// A `?lean` id is no longer recognised as JSON by the bundler, so it becomes a module here, in both builds.
			if (new URLSearchParams(query).has('lean')) {
				const data = listFor(stripKeys(JSON.parse(code), LEAN), path, kommuneliste);
				return { code: `export default ${JSON.stringify(data)};`, map: null, moduleType: 'js' };
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
