// The municipality field is loaded only for a page that asks for the municipality (the build for the whole
// country's first page): the page's load waits for it, and a page shown in place waits as it waits for its texts.
// The names of all 357 travel once, in the prerendered options: a browser opening that page reads them back from
// there, and loads them only when it shows the page in place.
import { browser } from '$app/environment';
import type { RuleSet } from '$lib/rules';
import { pageOf } from '$lib/wizard/pages';
import type { KommuneValg } from '$lib/kommuneliste';

// a literal comparison, so that the bundler leaves the field out of a municipality's own build
const NASJONAL = __KOMMUNE__ === '0000';

let field = $state.raw<{
	Field: typeof import('./KommuneField.svelte').default;
	/** The municipalities the field offers, by name. */
	kommuner: KommuneValg[];
}>();

/** The field once loaded, with the municipalities it offers (undefined until then). */
export const kommuneField = () => field;

const kommuneQuestion = (rules: RuleSet, id: string): string | undefined =>
	pageOf(rules, id).questions.find((q) => rules.questionById[q]?.optionsFrom === 'kommuneliste');

/** Whether the page of question `id` asks for the municipality (only the build for the whole country does). */
export const asksKommune = (rules: RuleSet, id: string): boolean =>
	NASJONAL && kommuneQuestion(rules, id) !== undefined;

/** The options of the prerendered page this browser opened, before it hydrates (none on another page). */
function prerendered(name: string): KommuneValg[] {
	const options = document.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option[value]`);
	return [...options].filter((o) => o.value).map((o) => ({ kommunenummer: o.value, label: o.text }));
}

/** Loads the field, and the municipalities it offers, when the page of question `id` needs them. */
export async function loadKommuneField(rules: RuleSet, id: string): Promise<void> {
	if (!NASJONAL || field) return;
	const name = kommuneQuestion(rules, id);
	if (!name) return;
	const fromPage = browser ? prerendered(name) : [];
	const [{ default: Field }, kommuner] = await Promise.all([
		import('./KommuneField.svelte'),
		fromPage.length ? fromPage : import('$lib/kommuneliste').then((m) => m.kommuneValg)
	]);
	field = { Field, kommuner };
}
