import type { TFunction } from 'i18next';
import { loadQuestionText } from 'virtual:question-texts';
import { addNamespaces, addTexts, hasText, translatorOf } from './index';

/** Whether the translator has this question's texts (a question page loads only its own at first). */
export function hasQuestionText(t: TFunction, id: string): boolean {
	return hasText(t, `questions.${id}.label`);
}

/** Adds one question's texts to the translator: all a question page needs of the `questions` namespace. */
export async function addQuestionText(t: TFunction, id: string): Promise<void> {
	if (hasQuestionText(t, id)) return;
	const texts = await loadQuestionText(translatorOf(t).lang, id);
	addTexts(t, { questions: { [id]: texts } });
}

/** Adds every question's texts, so the next question can be shown without waiting for the network. */
export async function addAllQuestionTexts(t: TFunction): Promise<void> {
	await addNamespaces(t, ['questions']);
}
