// The modules src/tooling/vite/rules-client.js makes at build time.
declare module 'virtual:boligsjekk/rules' {
	const data: import('$lib/rules/ruleset').RuleData;
	export default data;
}
declare module 'virtual:boligsjekk/rules-lean' {
	const data: import('$lib/rules/ruleset').RuleData;
	export default data;
}
declare module 'virtual:boligsjekk/kommuner' {
	/** The lean profiles this build serves, by kommunenummer: its own, or every one (KOMMUNE=0000). */
	const kommuner: Record<string, import('$lib/rules/schema').KommuneProfile>;
	export default kommuner;
}
declare module 'virtual:boligsjekk/kommunenavn' {
	/** The names of the municipalities in the list's order, one a line, `|` before a Sami or Kven name. */
	const navn: string;
	export default navn;
}
