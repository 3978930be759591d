// What a resident reads about the figures in doubt behind a result. The rules engine decides which figures those
// are (`SchemeResult.doubts`, `dueDoubt`); this only words them, the same on the results page, the counselor page
// and the print-out.
import type { DoubtReason, FigureDoubt } from '$lib/rules';
import type { Lang } from '$lib/i18n/languages';
import { formatDate, formatList } from '$lib/format';
import type { TFunction } from 'i18next';

export interface DoubtNote {
	/** The parameter ids the sentence names. */
	params: string[];
	reason: DoubtReason;
	text: string;
}

const prefixOf = (param: string): string => param.split('.')[0]!;

/** What is known about the figure, for this reason: its own text, else its authority's, else nothing. */
const known = (t: TFunction, d: FigureDoubt): string =>
	t(
		[
			`results.doubt.known.${d.reason}.${d.param}`,
			`results.doubt.known.${d.reason}.${prefixOf(d.param)}.all`
		],
		{
			defaultValue: ''
		}
	);

/**
 * One sentence per group of figures with the same reason, the same date and the same known facts: the figures by
 * name, why they are in doubt, and what is known («Husbankens flytende rente: vi bruker tall fra 1. juli 2026 og har
 * ikke funnet nyere. Husbanken endrer renten hver annen måned.»).
 */
export function doubtNotes(t: TFunction, lang: Lang, doubts: readonly FigureDoubt[]): DoubtNote[] {
	const groups = new Map<string, { doubts: FigureDoubt[]; known: string }>();
	for (const d of doubts) {
		const k = known(t, d);
		const key = [d.reason, d.reason === 'review' ? d.validFrom : '', prefixOf(d.param), k].join('\u0000');
		const g = groups.get(key) ?? { doubts: [], known: k };
		g.doubts.push(d);
		groups.set(key, g);
	}
	return [...groups.values()].map(({ doubts: ds, known: k }) => {
		const first = ds[0]!;
		const figures = formatList(
			ds.map((d) => t(`results.params.${d.param}.name`, { defaultValue: d.param })),
			lang
		);
		const sentence = t(`results.doubt.${first.reason}`, {
			figures,
			date: formatDate(first.validFrom, lang),
			authority: t(`results.doubt.authority.${prefixOf(first.param)}`, { defaultValue: '' }),
			defaultValue: ''
		});
		return {
			params: ds.map((d) => d.param),
			reason: first.reason,
			text: k ? `${sentence} ${k}` : sentence
		};
	});
}
