import { ruleSet } from '$lib/rules/bundled';
import { consumeLink } from './session';

/** A share link (`#svar=…`) in the address replaces this tab's session's answers (see consumeLink). */
export function readShareLink(): void {
	consumeLink(ruleSet, ruleSet.version, __KOMMUNE__);
}
