import { error } from '@sveltejs/kit';
import { addMessages } from '$lib/i18n';
import { langCodes } from '$lib/i18n/languages';
import { ruleSet } from '$lib/rules/bundled-lean';
import { loadKommuneField } from '$lib/components/question/kommune-field.svelte';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	langCodes.flatMap((lang) => ruleSet.questions.map((q) => ({ lang, id: q.id })));

export const load: PageLoad = async ({ params, parent, data }) => {
	const question = Object.hasOwn(ruleSet.questionById, params.id)
		? ruleSet.questionById[params.id]
		: undefined;
	if (!question) error(404, `Unknown question "${params.id}"`);
	const [{ texts }] = await Promise.all([parent(), loadKommuneField(ruleSet, question.id)]);
	return { question, t: addMessages(texts, { questions: data.questionTexts }) };
};
