declare module 'virtual:question-texts' {
	/** One question's texts (label, hint, why, options …) in one language: src/tooling/vite/question-texts.js. */
	export function loadQuestionText(lang: string, id: string): Promise<Record<string, unknown>>;
}
