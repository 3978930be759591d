// Vite-only: the rule files for the question pages. They evaluate the rules to choose the next question but show
// no results, so the client build leaves out the legal sources (see src/tooling/vite/rules-client.js); the rule set
// version is the same as the full one's, because sources do not change what the rules decide.
import { buildRuleSet } from './ruleset';

const files = import.meta.glob(['/rules/**/*.json', '!/rules/schema/**'], {
	eager: true,
	import: 'default',
	query: '?lean'
});

export const ruleSet = buildRuleSet(
	Object.fromEntries(Object.entries(files).map(([path, data]) => [path.replace(/^\//, ''), data]))
);
