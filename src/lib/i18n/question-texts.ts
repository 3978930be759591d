import type { i18n } from 'i18next';
import { loadQuestionText } from 'virtual:question-texts';
import { addMessages, addNamespaces } from './index';

/** Whether the page's i18next has this question's texts (a question page loads only its own at first). */
export function hasQuestionText(texts: i18n, id: string): boolean {
	return texts.exists(`questions.${id}.label`);
}

/** Adds these questions' texts to the page's i18next: all a question page needs of the `questions` namespace. */
export async function addQuestionTexts(texts: i18n, ids: readonly string[]): Promise<void> {
	const wanted = ids.filter((id) => !hasQuestionText(texts, id));
	const loaded = await Promise.all(wanted.map((id) => loadQuestionText(texts.language, id)));
	if (wanted.length > 0)
		addMessages(texts, { questions: Object.fromEntries(wanted.map((id, i) => [id, loaded[i]])) });
}

/** Adds every question's texts, so the next question can be shown without waiting for the network. */
export async function addAllQuestionTexts(texts: i18n): Promise<void> {
	await addNamespaces(texts, ['questions']);
}
