// Imported (for its side effect) by the counselor page, which can be opened with a share link, before it reads the
// session: a `#svar=` fragment is checked and loaded into this tab's session at module load. The results page
// does the same in a task of its own (readShareLink in its evaluate module).
import { ruleSet } from '$lib/rules/bundled';
import { consumeLink } from './session';

export function bootLink(): void {
	consumeLink(ruleSet, ruleSet.version, __KOMMUNE__);
}

bootLink();
