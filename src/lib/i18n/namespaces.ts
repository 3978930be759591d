import byRoute from './namespaces.json';

/**
 * Which text namespaces a page shows, by SvelteKit route id (the table is namespaces.json, which scripts/size.mjs
 * reads too; it has no comment of its own because the browser loads it). Texts are a large share of the bytes a page
 * loads — the scheme texts alone outweigh the wizard's code — so a question page does not fetch the results' texts.
 * A page not listed gets every namespace: a missing namespace would show raw keys, a spare one only costs bytes. A
 * question page gets its own questions' texts with its data (sporsmal/[id]/+page.server.ts).
 */
export function namespacesFor(routeId: string | null): readonly string[] | undefined {
	if (routeId === null || !Object.hasOwn(byRoute, routeId)) return undefined;
	return (byRoute as unknown as Record<string, readonly string[]>)[routeId];
}
