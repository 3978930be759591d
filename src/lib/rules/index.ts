// The browser-safe public API of the rules engine (no zod).
export { buildRuleSet, type RuleSet } from './ruleset';
export { evaluate } from './evaluate';
export type {
	EvaluationResult,
	EvaluateOptions,
	SchemeResult,
	CriterionResult,
	AmountStep,
	Threshold,
	Outcome,
	CriterionOutcome,
	Explain
} from './evaluate';
export type { DoubtReason, FigureDoubt } from './engine';
export { dueDoubt, dueOn, type DueItem, type DueReason } from './due';
export { answersAsked, nextQuestions, questionMatters, relevantQuestions } from './relevance';
export { validateAnswers, checkAnswer, type AnswerError, type AnswerValidation } from './answers';
export { ruleDates, withinRuleDates, type RuleDates } from './dates';
export { RuleFileError, RuleVersionError, RuleEvalError } from './errors';
export type {
	Answers,
	AnswerFile,
	AnswerValue,
	Question,
	QuestionPage,
	Parameter,
	SchemeVersion,
	KommuneProfile,
	Expr,
	Source
} from './schema';
