// Rule files carry maintainers' notes (why a figure was chosen, what is uncertain): half their bytes. The browser
// evaluates the rules but never shows the notes — only the prerendered "Slik vurderer vi" pages do, and those are
// rendered on the server side of the build, which keeps them. So the client build gets the rule files without
// them. Imported with `?lean` (the question pages, which show no results), sources and text keys are left out too.

const RULE_FILE = /\/rules\/(?!schema\/).*\.json$/;
const NOTES = new Set(['note', 'needsNote', '$schema']);
// What only the results show: sources and the text keys of explanations (explainValues are display-only too; the
// engine never lets them change an outcome or which questions are asked).
const LEAN = new Set(['note', 'needsNote', '$schema', 'source', 'explain', 'explainValues', 'texts']);

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

/** @returns {import('vite').Plugin} */
export function rulesForClient() {
	return {
		name: 'boligsjekk:rules-for-client',
		enforce: 'pre',
		transform(code, id, options) {
			const [path = '', query = ''] = id.split('?');
			if (!RULE_FILE.test(path)) return null;
			// A `?lean` id is no longer recognised as JSON by the bundler, so it becomes a module here, in both builds.
			if (new URLSearchParams(query).has('lean')) {
				const data = stripKeys(JSON.parse(code), LEAN);
				return { code: `export default ${JSON.stringify(data)};`, map: null, moduleType: 'js' };
			}
			if (options?.ssr) return null;
			return { code: JSON.stringify(stripKeys(JSON.parse(code), NOTES)), map: null };
		}
	};
}
