import type { TFunction } from 'i18next';
import { loadQuestionText } from 'virtual:question-texts';
import { addNamespaces, translatorOf } from './index';

/** Whether the translator has this question's texts (a question page loads only its own at first). */
export function hasQuestionText(t: TFunction, id: string): boolean {
	const { lang, instance } = translatorOf(t);
	return instance.exists(`questions.${id}.label`, { lng: lang });
}

/** Adds one question's texts to the translator: all a question page needs of the `questions` namespace. */
export async function addQuestionText(t: TFunction, id: string): Promise<void> {
	if (hasQuestionText(t, id)) return;
	const { lang, instance } = translatorOf(t);
	const texts = await loadQuestionText(lang, id);
	instance.addResourceBundle(lang, 'translation', { questions: { [id]: texts } }, true, true);
}

/** Adds every question's texts, so the next question can be shown without waiting for the network. */
export async function addAllQuestionTexts(t: TFunction): Promise<void> {
	await addNamespaces(t, ['questions']);
}
