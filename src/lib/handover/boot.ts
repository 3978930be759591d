// Imported (for its side effect) by the pages that can be opened with a share link, before they read the
// session: a `#svar=` fragment is checked and loaded into this tab's session at module load.
import { ruleSet } from '$lib/rules/bundled';
import { consumeLink } from './session';

export function bootLink(): void {
	consumeLink(ruleSet, ruleSet.version, __KOMMUNE__);
}

bootLink();
