import byRoute from './namespaces.json';

/**
 * Which text namespaces a page shows, by SvelteKit route id (the table is namespaces.json, which the size report
 * reads too). Texts are a large share of the bytes a page loads — the scheme texts alone outweigh the wizard's
 * code — so a question page does not fetch the results' texts. A page not listed gets every namespace: a missing
 * namespace would show raw keys, a spare one only costs bytes.
 */
export function namespacesFor(routeId: string | null): readonly string[] | undefined {
	if (routeId === null || routeId === '$comment' || !Object.hasOwn(byRoute, routeId)) return undefined;
	return (byRoute as unknown as Record<string, readonly string[]>)[routeId];
}
