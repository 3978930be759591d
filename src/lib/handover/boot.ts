// Imported (for its side effect) by the counselor page and the results page's evaluation, before they read the
// session: a `#svar=` fragment is checked and loaded into this tab's session at module load.
import { readShareLink } from './read-link';

readShareLink();
