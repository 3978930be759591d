import { error } from '@sveltejs/kit';
import { addQuestionTexts } from '$lib/i18n/question-texts';
import { langCodes } from '$lib/i18n/languages';
import { ruleSet } from '$lib/rules/bundled-lean';
import { pageOf } from '$lib/wizard/pages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	langCodes.flatMap((lang) => ruleSet.questions.map((q) => ({ lang, id: q.id })));

export const load: PageLoad = async ({ params, parent }) => {
	const question = Object.hasOwn(ruleSet.questionById, params.id)
		? ruleSet.questionById[params.id]
		: undefined;
	if (!question) error(404, `Unknown question "${params.id}"`);
	// the layout leaves the `questions` namespace out: this page needs its own questions' texts, not sixty
	const { texts } = await parent();
	await addQuestionTexts(texts, pageOf(ruleSet, question.id).questions);
	return { question };
};
