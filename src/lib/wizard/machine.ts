import { assign, createMachine, type SnapshotFrom } from 'xstate';
import type { AnswerValue, Answers } from '$lib/rules';
import type { JourneyEngine } from './engine';

/**
 * The journey: start → one page at a time → check your answers → results. A page is named by the question it opens
 * with (`current`) and shows that question's page (see pages.ts). The machine knows where the user is and how they
 * got there; which question comes next is always the engine's `next()`.
 */
export interface JourneyContext {
	answers: Answers;
	/** The question on screen while `asking`. */
	current: string | null;
	/** Questions in the order the user saw them, for the back link. */
	trail: string[];
	/** The answer being changed from the check page: back from it, and the end of the detour, lead there. */
	changing: string | null;
}

export type JourneyEvent =
	| { type: 'BEGIN' }
	/** The URL names a page; `history`: the browser's Back or Forward brought the user there. */
	| { type: 'VISIT'; id: string; history?: boolean }
	/** The page's answers: `id` is the question the page is named by; `answers` the page's other fields. */
	| { type: 'ANSWER'; id: string; value: AnswerValue; answers?: Answers }
	| { type: 'BACK' }
	| { type: 'REVIEW' }
	| { type: 'CHANGE'; id: string }
	| { type: 'CONFIRM' }
	| { type: 'RESTART' };

export interface JourneyInput {
	answers?: Answers;
	trail?: string[];
	current?: string | null;
}

/** The last question before the current one on the trail that still matters: where «Tilbake» leads. */
export function previousQuestion(
	engine: JourneyEngine,
	{ trail, current, answers }: Pick<JourneyContext, 'trail' | 'current' | 'answers'>
): string | undefined {
	const at = current ? trail.lastIndexOf(current) : trail.length;
	return trail.slice(0, at === -1 ? trail.length : at).findLast((id) => engine.matters(answers, id));
}

/** A guard or action by name (no parameters). */
type Named<T extends string> = T extends string ? { type: T } : never;

export function createJourneyMachine(engine: JourneyEngine) {
	const isRelevant = (answers: Answers, id: string) => engine.matters(answers, id);

	const previous = (context: JourneyContext) => previousQuestion(engine, context);

	// createMachine with the implementations, not setup(): setup() brings every action creator (sendTo, emit, log, …)
	// into the bundle, 0.8 KB gzip on every page that asks a question
	return createMachine(
		{
			types: {} as {
				context: JourneyContext;
				events: JourneyEvent;
				input: JourneyInput;
				guards: Named<
					| 'hasOpenQuestion'
					| 'canResume'
					| 'isRelevantQuestion'
					| 'isChangedQuestion'
					| 'hasPrevious'
					| 'isHistoryVisit'
					| 'isHistoryVisitWithPrevious'
				>;
				actions: Named<
					'askFirstOpen' | 'visit' | 'goBack' | 'recordAnswer' | 'startChange' | 'leaveQuestion' | 'forget'
				>;
			},
			id: 'journey',
			context: ({ input }) => ({
				answers: input.answers ?? {},
				trail: input.trail ?? [],
				current: input.current ?? null,
				changing: null
			}),
			initial: 'start',
			on: {
				VISIT: [
					{ guard: 'isRelevantQuestion', target: '.asking', actions: 'visit' },
					{ guard: 'isHistoryVisitWithPrevious', target: '.asking', actions: 'goBack' },
					{ guard: 'isHistoryVisit', target: '.start', actions: 'leaveQuestion' },
					{ target: '.routing' }
				],
				REVIEW: { target: '.routing' },
				RESTART: { target: '.start', actions: 'forget' }
			},
			states: {
				start: {
					on: {
						BEGIN: [{ guard: 'canResume', target: 'asking' }, { target: 'routing' }]
					}
				},
				/** Decides, with the engine, whether anything is left to ask. */
				routing: {
					always: [
						{ guard: 'hasOpenQuestion', target: 'asking', actions: 'askFirstOpen' },
						{ target: 'reviewing', actions: 'leaveQuestion' }
					]
				},
				asking: {
					on: {
						ANSWER: { target: 'routing', actions: 'recordAnswer' },
						BACK: [
							{ guard: 'isChangedQuestion', target: 'routing', actions: 'leaveQuestion' },
							{ guard: 'hasPrevious', target: 'asking', actions: 'goBack' },
							{ target: 'start' }
						]
					}
				},
				reviewing: {
					on: {
						CHANGE: { guard: 'isRelevantQuestion', target: 'asking', actions: 'startChange' },
						CONFIRM: [{ guard: 'hasOpenQuestion', target: 'routing' }, { target: 'finished' }]
					}
				},
				finished: {
					on: {
						CHANGE: { guard: 'isRelevantQuestion', target: 'asking', actions: 'startChange' }
					}
				}
			}
		},
		{
			guards: {
				hasOpenQuestion: ({ context }) => engine.next(context.answers).length > 0,
				canResume: ({ context }) => context.current !== null && isRelevant(context.answers, context.current),
				isRelevantQuestion: ({ context, event }) => 'id' in event && isRelevant(context.answers, event.id),
				isChangedQuestion: ({ context }) => context.changing !== null && context.changing === context.current,
				hasPrevious: ({ context }) => previous(context) !== undefined,
				/**
				 * The browser's Back to a page that no longer matters (after a needs change) is Back from where the user
				 * is, as the «Tilbake» link would go: sending it onwards would look like Back doing nothing.
				 */
				isHistoryVisit: ({ event }) => event.type === 'VISIT' && event.history === true,
				isHistoryVisitWithPrevious: ({ context, event }) =>
					event.type === 'VISIT' && event.history === true && previous(context) !== undefined
			},
			actions: {
				askFirstOpen: assign(({ context }) => {
					const id = engine.next(context.answers)[0]!;
					return { current: id, trail: [...context.trail.filter((t) => t !== id), id] };
				}),
				visit: assign(({ context, event }) => {
					if (event.type !== 'VISIT') return {};
					const at = context.trail.indexOf(event.id);
					return {
						current: event.id,
						trail: at === -1 ? [...context.trail, event.id] : context.trail.slice(0, at + 1)
					};
				}),
				goBack: assign(({ context }) => {
					const id = previous(context)!;
					return { current: id, trail: context.trail.slice(0, context.trail.lastIndexOf(id) + 1) };
				}),
				recordAnswer: assign({
					answers: ({ context, event }) =>
						event.type === 'ANSWER'
							? { ...context.answers, ...event.answers, [event.id]: event.value }
							: context.answers
				}),
				startChange: assign(({ context, event }) =>
					event.type === 'CHANGE'
						? {
								current: event.id,
								changing: event.id,
								trail: [...context.trail.filter((t) => t !== event.id), event.id]
							}
						: {}
				),
				leaveQuestion: assign({ current: null, changing: null }),
				forget: assign({ answers: {}, trail: [], current: null, changing: null })
			}
		}
	);
}

export type JourneyMachine = ReturnType<typeof createJourneyMachine>;
export type JourneySnapshot = SnapshotFrom<JourneyMachine>;
