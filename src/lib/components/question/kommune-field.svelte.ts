// The municipality field, with the names of all 357, is loaded only for a page that asks for the municipality (the
// build for the whole country's first page): the page's load waits for it, and a page shown in place waits as it
// waits for its texts.
import type { RuleSet } from '$lib/rules';
import { pageOf } from '$lib/wizard/pages';

// a literal comparison, so that the bundler leaves the field out of a municipality's own build
const NASJONAL = __KOMMUNE__ === '0000';

let field = $state.raw<typeof import('./KommuneField.svelte').default>();

/** The field once loaded (undefined until then). */
export const kommuneField = () => field;

/** Whether the page of question `id` asks for the municipality (only the build for the whole country does). */
export const asksKommune = (rules: RuleSet, id: string): boolean =>
	NASJONAL && pageOf(rules, id).questions.some((q) => rules.questionById[q]?.optionsFrom === 'kommuneliste');

/** Loads the field when the page of question `id` needs it. */
export async function loadKommuneField(rules: RuleSet, id: string): Promise<void> {
	if (!NASJONAL || field || !asksKommune(rules, id)) return;
	field = (await import('./KommuneField.svelte')).default;
}
