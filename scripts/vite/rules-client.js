// Rule files carry maintainers' notes (why a figure was chosen, what is uncertain): half their bytes. The browser
// evaluates the rules but never shows the notes — only the prerendered "Slik vurderer vi" pages do, and those are
// rendered on the server side of the build, which keeps them. So the client build gets the rule files without
// them. Imported with `?lean` (the question pages, which show no results), sources and text keys are left out too.

const RULE_FILE = /\/rules\/(?!schema\/).*\.json$/;
const NOTES = new Set(['note', '$schema', 'reviewCheck']);
// What only the results show: sources, review dates and the text keys of explanations (explainValues are display-only too; the
// engine never lets them change an outcome or which questions are asked).
const LEAN = new Set([
	'note',
	'$schema',
	'reviewBy',
	'reviewCheck',
	'source',
	'explain',
	'explainValues',
	'texts'
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
