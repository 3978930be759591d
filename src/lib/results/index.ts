export { lookup, lookupList, hasKey, withMessages, type Translate } from './text';
export { orderResults, promiseRank, countByOutcome, amountHook, type OrderedResults } from './order';
export {
	unitFormat,
	formatResolver,
	formatValue,
	formatWithUnit,
	explainParams,
	isolate,
	explainText,
	explainBase,
	type ValueFormat,
	type ValueKind,
	type Period
} from './explain';
export { profileValue, exclusionReason, contactsFor, type ProfileContact } from './profile';
export {
	schemeVersion,
	versionOn,
	gradeMark,
	parametersOf,
	parameterValueOn,
	earlierValues,
	type ParameterValue
} from './rules';
export { todayInNorway, timeInNorway } from './date';
export { usableAnswers, evaluationDate } from './answers';
