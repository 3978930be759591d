// A question page shows one question, so it should not download the texts of all sixty (8 KB gzip in Ukrainian).
// `virtual:question-texts` gives `loadQuestionText(lang, id)`: one small chunk per language with a loader per
// question, and one chunk per question and language with just that question's texts, cut from
// src/lib/i18n/locales/<lang>/questions.json (which stays the one file translators edit).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const INDEX = 'virtual:question-texts';
const LANG = /^virtual:question-texts\/([a-z]{2,3})$/;
const ONE = /^virtual:question-text\/([a-z]{2,3})\/([a-z0-9_]+)$/;

/** @returns {import('vite').Plugin} */
export function questionTexts() {
	let locales = resolve('src/lib/i18n/locales');
	/** @param {string} lang @param {{ addWatchFile(file: string): void }} ctx */
	const questionsOf = (lang, ctx) => {
		const file = join(locales, lang, 'questions.json');
		ctx.addWatchFile(file);
		return /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(file, 'utf8')));
	};
	return {
		name: 'boligsjekk:question-texts',
		configResolved(config) {
			locales = resolve(config.root, 'src/lib/i18n/locales');
		},
		resolveId(id) {
			if (id === INDEX || LANG.test(id) || ONE.test(id)) return '\0' + id;
			return null;
		},
		load(id) {
			if (!id.startsWith('\0virtual:question-text')) return null;
			const name = id.slice(1);
			if (name === INDEX) {
				const langs = readdirSync(locales).filter((d) => /^[a-z]{2,3}$/.test(d));
				const cases = langs
					.map((l) => `\t\tcase ${JSON.stringify(l)}: return import(${JSON.stringify(`${INDEX}/${l}`)});`)
					.join('\n');
				return [
					'function loaders(lang) {',
					'\tswitch (lang) {',
					cases,
					'\t\tdefault: return Promise.reject(new Error(`No question texts for language "${lang}"`));',
					'\t}',
					'}',
					'export async function loadQuestionText(lang, id) {',
					'\tconst { load } = await loaders(lang);',
					'\treturn load(id);',
					'}'
				].join('\n');
			}
			const lang = name.match(LANG)?.[1];
			if (lang) {
				const ids = Object.keys(questionsOf(lang, this));
				const cases = ids
					.map(
						(q) =>
							`\t\tcase ${JSON.stringify(q)}: return import(${JSON.stringify(`virtual:question-text/${lang}/${q}`)}).then((m) => m.default);`
					)
					.join('\n');
				return [
					'export function load(id) {',
					'\tswitch (id) {',
					cases,
					`\t\tdefault: return Promise.reject(new Error(\`No texts for question "\${id}" in "${lang}"\`));`,
					'\t}',
					'}'
				].join('\n');
			}
			const [, l, q] = /** @type {RegExpMatchArray} */ (name.match(ONE));
			const all = questionsOf(/** @type {string} */ (l), this);
			if (!Object.hasOwn(all, /** @type {string} */ (q)))
				this.error(`${l}/questions.json has no question "${q}"`);
			return `export default ${JSON.stringify(all[/** @type {string} */ (q)])};`;
		}
	};
}
