import type { i18n } from 'i18next';
import { addNamespaces } from './index';

/** Whether the page's i18next has this question's texts (a question page comes with its own questions' only). */
export function hasQuestionText(texts: i18n, id: string): boolean {
	return texts.exists(`questions.${id}.label`);
}

/** Adds every question's texts, so that any question can be shown without waiting for the network. */
export async function addAllQuestionTexts(texts: i18n): Promise<void> {
	await addNamespaces(texts, ['questions']);
}
