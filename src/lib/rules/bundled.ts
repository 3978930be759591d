// Vite-only: the rule set of the results and the counselor page, made from the rule files at build time
// (src/tooling/vite/rules-client.js: sorted, without maintainers' notes, only the profiles this build serves), not
// validated here: `npm run rules -- check` and the build's rule step check the same files.
import data from 'virtual:boligsjekk/rules';
import { ruleSetFrom } from './ruleset';

export const ruleSet = ruleSetFrom(data);
