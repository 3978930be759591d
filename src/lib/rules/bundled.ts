// Vite-only: the real rule files, bundled at build time, without validation (zod stays out of the browser;
// `npm run rules -- check` and the unit tests validate the same files).
import { buildRuleSet } from './ruleset';

const files = import.meta.glob(['/rules/**/*.json', '!/rules/schema/**'], { eager: true, import: 'default' });

export const ruleSet = buildRuleSet(
	Object.fromEntries(Object.entries(files).map(([path, data]) => [path.replace(/^\//, ''), data]))
);
