// Imported (for its side effect) by the counselor page, which can be opened with a share link, before it reads the
// session: a `#svar=` fragment is checked and loaded into this tab's session at module load. The results page
// calls readShareLink in a task of its own instead.
import { readShareLink } from './read-link';

readShareLink();
