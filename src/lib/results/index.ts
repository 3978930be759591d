export { hasKey } from './text';
export {
	orderResults,
	promiseRank,
	countByOutcome,
	amountHook,
	notRelevant,
	groupResults,
	shownAmount,
	type OrderedResults,
	type ResultGroups
} from './order';
export {
	OFFICIAL_HOSTS,
	officialHosts,
	isOfficialUrl,
	confirmedGrade,
	sourceView,
	sourceText
} from './sources';
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
export {
	profileValue,
	exclusionReason,
	contactsFor,
	reachable,
	telHref,
	type ProfileContact
} from './profile';
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
