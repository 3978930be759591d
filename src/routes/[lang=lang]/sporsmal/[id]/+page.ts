import { error } from '@sveltejs/kit';
import { langCodes } from '$lib/i18n/languages';
import { ruleSet } from '$lib/rules/bundled-lean';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	langCodes.flatMap((lang) => ruleSet.questions.map((q) => ({ lang, id: q.id })));

export const load: PageLoad = ({ params }) => {
	const question = Object.hasOwn(ruleSet.questionById, params.id)
		? ruleSet.questionById[params.id]
		: undefined;
	if (!question) error(404, `Unknown question "${params.id}"`);
	return { question };
};
