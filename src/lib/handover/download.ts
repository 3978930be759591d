// Saving answers as a file in the browser's downloads (the hand-over panel's button, and "save mine first" before
// a link or file replaces them).
import type { Answers } from '$lib/rules';
import { answerFileName, serializeAnswerFile, toAnswerFile } from './answer-file';

/** Downloads the answers as `boligsjekk-svar-<today>.json`; returns the file name. */
export function downloadAnswers(
	answers: Answers,
	opts: { date?: string; kommune?: string; today: string }
): string {
	const name = answerFileName(opts.today);
	const text = serializeAnswerFile(toAnswerFile(answers, { date: opts.date, kommune: opts.kommune }));
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
	return name;
}
