export { default as SchemeResult } from './SchemeResult.svelte';
export { default as NextSteps } from './NextSteps.svelte';
export { default as ContactCard } from './ContactCard.svelte';
export { default as SourceRef } from './SourceRef.svelte';
export { default as OutcomeTag } from './OutcomeTag.svelte';
export { default as ExcludedList } from './ExcludedList.svelte';
export {
	createResultContext,
	schemeName,
	inSentence,
	decider,
	defOf,
	formatsOf,
	type ResultContext
} from './context';
