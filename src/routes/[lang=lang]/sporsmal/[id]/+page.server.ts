import { loadMessages } from '$lib/i18n';
import type { Lang } from '$lib/i18n/languages';
import { ruleSet } from '$lib/rules/bundled-lean';
import { pageOf } from '$lib/wizard/pages';
import type { PageServerLoad } from './$types';

/**
 * The texts of the page's own questions, written into the prerendered page (and its __data.json for a navigation):
 * a question page shows a few of the sixty questions, and the layout leaves the `questions` namespace out.
 */
export const load: PageServerLoad = async ({ params }) => {
	if (!Object.hasOwn(ruleSet.questionById, params.id)) return { questionTexts: {} };
	const { questions } = (await loadMessages(params.lang as Lang, ['questions'])) as {
		questions: Record<string, unknown>;
	};
	const ids = pageOf(ruleSet, params.id).questions;
	return { questionTexts: Object.fromEntries(ids.map((id) => [id, questions[id]])) };
};
