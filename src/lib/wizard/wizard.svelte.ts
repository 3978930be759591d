import { browser } from '$app/environment';
import { createActor, type Actor } from 'xstate';
import type { AnswerValue, Answers } from '$lib/rules';
import { ruleSet } from '$lib/rules/bundled-lean';
import { todayInNorway } from '$lib/results/date';
import { rulesEngine, type JourneyEngine } from './engine';
import {
	createJourneyMachine,
	type JourneyEvent,
	type JourneyMachine,
	type JourneySnapshot
} from './machine';
import type { PageAnswer, PageEntry } from './pages';
import type { Period } from './read-answer';
import {
	clearSession,
	emptySession,
	loadSession,
	saveSession,
	STORAGE_KEY,
	type SavedSession
} from './storage';

/**
 * The one wizard of this tab: the journey actor, the engine it asks, and the session it is saved to. Only the
 * browser loads or saves; during prerendering it is an empty journey.
 */
export class Wizard {
	readonly engine: JourneyEngine;
	readonly actor: Actor<JourneyMachine>;
	snapshot: JourneySnapshot = $state.raw()!;
	raw: Record<string, string> = $state({});
	periods: Record<string, Period> = $state({});
	/** The saved answers were given under other rules; they are kept and evaluated again. */
	rulesChanged = $state(false);
	#session: SavedSession;
	/** Answers to questions the current catalogue lacks: never asked, but kept in storage. */
	#orphans: Answers;
	/** The stored text as this wizard last saw it; other pages (results, counselor) may replace or clear it. */
	#written: string | null = null;

	constructor() {
		const kommune = __KOMMUNE__;
		const loaded = browser
			? loadSession(ruleSet.version, kommune)
			: { session: emptySession(ruleSet.version, kommune), rulesChanged: false };
		this.#session = loaded.session;
		this.#orphans = Object.fromEntries(
			Object.entries(loaded.session.answers).filter(([id]) => !Object.hasOwn(ruleSet.questionById, id))
		);
		this.rulesChanged = loaded.rulesChanged;
		this.raw = { ...loaded.session.raw };
		this.periods = { ...loaded.session.periods };
		this.engine = rulesEngine(ruleSet, {
			date: loaded.session.date ?? todayInNorway(),
			// the build's: in the build for the whole country the answer `kommunenummer` names the place (placeOf)
			kommune
		});
		this.actor = createActor(createJourneyMachine(this.engine), {
			input: {
				answers: knownAnswers(loaded.session.answers),
				trail: loaded.session.trail,
				current: loaded.session.current ?? null
			}
		});
		this.snapshot = this.actor.getSnapshot();
		this.actor.subscribe((s) => {
			this.snapshot = s;
			this.#save();
		});
		this.actor.start();
		if (browser && loaded.rulesChanged) this.#save();
		this.#written = storedText();
	}

	get answers(): Answers {
		return this.snapshot.context.answers;
	}

	send(event: JourneyEvent): JourneySnapshot {
		this.actor.send(event);
		return this.actor.getSnapshot();
	}

	answer(id: string, value: AnswerValue, raw?: string, period?: Period): JourneySnapshot {
		this.#keep(id, raw, period);
		this.rulesChanged = false;
		// saved once, with the answer: the actor reports every event it processes to the subscriber, which saves
		return this.send({ type: 'ANSWER', id, value });
	}

	/** A page's answers at once; `lead` is the question the page is named by. */
	answerPage(lead: string, entries: PageAnswer[]): JourneySnapshot {
		for (const e of entries) this.#keep(e.id, e.raw, e.period);
		this.rulesChanged = false;
		const first = entries.find((e) => e.id === lead) ?? entries[0]!;
		const answers = Object.fromEntries(entries.filter((e) => e !== first).map((e) => [e.id, e.value]));
		return this.send({ type: 'ANSWER', id: first.id, value: first.value, answers });
	}

	/** What the user typed on a page, kept even when it is not valid yet (see keepTyped). */
	keepTypedPage(entries: PageEntry[]): void {
		for (const e of entries) this.#keep(e.id, e.raw, e.period);
		this.#save();
	}

	/** Keeps what the user typed even when it is not valid yet, so an error or a reload never loses it. */
	keepTyped(id: string, raw: string | undefined, period?: Period): void {
		this.#keep(id, raw, period);
		this.#save();
	}

	#keep(id: string, raw: string | undefined, period?: Period): void {
		if (raw === undefined) delete this.raw[id];
		else this.raw[id] = raw;
		if (period) this.periods[id] = period;
	}

	/** «Avslutt og slett svarene». */
	restart(): void {
		clearSession();
		this.raw = {};
		this.periods = {};
		this.rulesChanged = false;
		this.#orphans = {};
		this.actor.send({ type: 'RESTART' });
		clearSession();
		this.#written = null;
	}

	#save(): void {
		// a session another page saved or cleared wins; the next page to ask for the wizard loads it
		if (!browser || (this.#written !== null && !this.inSyncWithStorage())) return;
		const { answers, trail, current } = this.actor.getSnapshot().context;
		this.#session = {
			...this.#session,
			answers: { ...this.#orphans, ...answers },
			trail,
			current,
			raw: $state.snapshot(this.raw),
			periods: $state.snapshot(this.periods)
		};
		this.#written = saveSession(this.#session);
	}

	/** False when another page has changed or cleared the stored session since this wizard last saved it. */
	inSyncWithStorage(): boolean {
		return !browser || storedText() === this.#written;
	}
}

/** Answers to questions the catalogue no longer has cannot be asked or changed; they stay in storage only. */
function knownAnswers(answers: Answers): Answers {
	return Object.fromEntries(
		Object.entries(answers).filter(([id]) => Object.hasOwn(ruleSet.questionById, id))
	);
}

function storedText(): string | null {
	try {
		return sessionStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

let wizard: Wizard | undefined;

export function useWizard(): Wizard {
	if (!browser) return new Wizard();
	if (!wizard?.inSyncWithStorage()) wizard = new Wizard();
	return wizard;
}
