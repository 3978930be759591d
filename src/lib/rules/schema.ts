// The one definition of every rule file. Node/build-time only: the browser path imports types from here
// with `import type`, never the schemas (zod stays out of the client bundle).
import { z } from 'zod';

export type Literal = number | string | boolean | null;
type Args = Expr[];
export type Expr =
	| Literal
	| { answer: string }
	| { param: string }
	| { ref: string }
	| { profile: string }
	| { date: 'asOf' }
	| { '+': Args }
	| { '-': Args }
	| { '*': Args }
	| { '/': Args }
	| { min: Args }
	| { max: Args }
	| { round: Args }
	| { floor: Expr }
	| { ceil: Expr }
	| { clamp: Args }
	| { '==': Args }
	| { '!=': Args }
	| { '<': Args }
	| { '<=': Args }
	| { '>': Args }
	| { '>=': Args }
	| { and: Args }
	| { or: Args }
	| { not: Expr }
	| { if: Args }
	| { in: [Expr, Literal[]] }
	| { has: [Expr, string] }
	| { lookup: Args }
	| { bracket: Args }
	| { annuity: { payment: Expr; ratePerYear: Expr; years: Expr } }
	| { payment: { principal: Expr; ratePerYear: Expr; years: Expr } }
	| { coalesce: Args };

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
	.refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s).toISOString().startsWith(s), {
		message: 'expected a real calendar date'
	});
const id = z.string().min(1);
const textKey = z.string().regex(/^[a-z0-9_]+(\.[A-Za-z0-9_-]+)+$/, 'expected an i18n key like schemes.x.y');

export const literalSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const exprSchema: z.ZodType<Expr, Expr> = z.lazy(() => {
	const e = exprSchema;
	const args = (n: number) => z.array(e).min(n);
	const fixed = (n: number) => z.array(e).length(n);
	return z.union([
		literalSchema,
		z.strictObject({ answer: id }),
		z.strictObject({ param: id }),
		z.strictObject({ ref: id }),
		z.strictObject({ profile: id }),
		z.strictObject({ date: z.literal('asOf') }),
		z.strictObject({ '+': args(1) }),
		z.strictObject({ '-': fixed(2) }),
		z.strictObject({ '*': args(1) }),
		z.strictObject({ '/': fixed(2) }),
		z.strictObject({ min: args(1) }),
		z.strictObject({ max: args(1) }),
		z.strictObject({ round: fixed(2) }),
		z.strictObject({ floor: e }),
		z.strictObject({ ceil: e }),
		z.strictObject({ clamp: fixed(3) }),
		z.strictObject({ '==': fixed(2) }),
		z.strictObject({ '!=': fixed(2) }),
		z.strictObject({ '<': fixed(2) }),
		z.strictObject({ '<=': fixed(2) }),
		z.strictObject({ '>': fixed(2) }),
		z.strictObject({ '>=': fixed(2) }),
		z.strictObject({ and: args(1) }),
		z.strictObject({ or: args(1) }),
		z.strictObject({ not: e }),
		z.strictObject({ if: fixed(3) }),
		z.strictObject({ in: z.tuple([e, z.array(literalSchema)]) }),
		z.strictObject({ has: z.tuple([e, z.string()]) }),
		z.strictObject({ lookup: fixed(2) }),
		z.strictObject({ bracket: fixed(2) }),
		z.strictObject({ annuity: z.strictObject({ payment: e, ratePerYear: e, years: e }) }),
		z.strictObject({ payment: z.strictObject({ principal: e, ratePerYear: e, years: e }) }),
		z.strictObject({ coalesce: args(1) })
	]);
});

export const sourceSchema = z.strictObject({
	instrument: z.string().min(1),
	paragraph: z.string().optional(),
	url: z.string().optional(),
	grade: z.enum(['P', 'P-arch', 'S', 'D']),
	note: z.string().optional()
});
export type Source = z.infer<typeof sourceSchema>;

const schemaRef = z.string().optional();
const note = z.string().optional();

export const questionSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case id (a-z, 0-9, _)'),
	type: z.enum(['yesno', 'choice', 'multi', 'integer', 'amount', 'date']),
	/** `kr`: an integer answer in kroner in all, not per month (formue): shown as «150 000 kr». */
	unit: z.literal('kr').optional(),
	group: z.enum(['husstand', 'bolig', 'inntekt', 'situasjon']),
	priority: z.number(),
	min: z.number().optional(),
	max: z.number().optional(),
	why: z.boolean().optional(),
	options: z.array(z.strictObject({ value: z.string().min(1) })).optional(),
	/** `kommuneliste`: the options are the municipalities of rules/kommuner/kommuneliste.json (filled in on load). */
	optionsFrom: z.literal('kommuneliste').optional(),
	/** Asked instead of this question while unanswered: its answer settles this one (the kommunenummer settles the
	 * bostøtte group). */
	settledBy: id.optional(),
	/** The answer most residents give: on a checklist page «Ingen av disse» gives it; never used to decide. */
	typical: z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]).optional(),
	note
});
export type Question = z.infer<typeof questionSchema>;

export const questionPageSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case id (a-z, 0-9, _)'),
	/** One of the file's `sections`: the progress line counts sections, not pages. */
	section: z.string().min(1),
	/** In asking order; the page shows the ones that can still change a result. */
	questions: z.array(z.string().min(1)).min(1),
	/** Yes/no questions whose rare answer is a checkbox, with «Ingen av disse» giving every typical answer. */
	checklist: z.boolean().optional(),
	note
});
export type QuestionPage = z.infer<typeof questionPageSchema>;

export const questionsFileSchema = z.strictObject({
	$schema: schemaRef,
	questions: z.array(questionSchema),
	/** The journey's sections, in order (text keys `wizard.sections.<id>`). */
	sections: z.array(z.string().min(1)).optional(),
	/** The journey's pages, in asking order: every question on exactly one page. */
	pages: z.array(questionPageSchema).optional()
});
export type QuestionsFile = z.infer<typeof questionsFileSchema>;

const period = { validFrom: isoDate, validTo: isoDate.nullable() };
/** When a value (or scheme version) must be checked again, and what the check is: `npm run rules -- due`. */
const review = { reviewBy: isoDate.optional(), reviewCheck: z.string().optional() };
const bracketsValue = z.array(z.strictObject({ from: z.number(), value: z.number() }));
const valueByKind = {
	number: z.number(),
	table: z.record(z.string(), z.number()),
	brackets: bracketsValue,
	boolean: z.boolean(),
	string: z.string()
} as const;
const parameterValue = <T extends z.ZodType>(value: T) =>
	z.union([
		z.strictObject({
			...period,
			...review,
			value,
			unknown: z.literal(false).optional(),
			source: sourceSchema,
			note
		}),
		z.strictObject({
			...period,
			...review,
			value: z.null(),
			unknown: z.literal(true),
			source: sourceSchema.optional(),
			note: z.string()
		})
	]);
const parameterOf = <K extends keyof typeof valueByKind>(kind: K) =>
	z.strictObject({
		$schema: schemaRef,
		id: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'expected a dotted lower-case id'),
		unit: z.string().optional(),
		kind: z.literal(kind),
		values: z.array(parameterValue(valueByKind[kind])).min(1),
		note
	});
export const parameterSchema = z.discriminatedUnion('kind', [
	parameterOf('number'),
	parameterOf('table'),
	parameterOf('brackets'),
	parameterOf('boolean'),
	parameterOf('string')
]);
export type Parameter = z.infer<typeof parameterSchema>;
export type ParameterValue = Parameter['values'][number];
export type Brackets = z.infer<typeof bracketsValue>;

export const namedValueSchema = z.strictObject({
	expr: exprSchema,
	explain: textKey.optional(),
	source: sourceSchema.optional(),
	round: z.number().int().min(0).max(6).optional(),
	unit: z.string().optional(),
	note
});
export type NamedValue = z.infer<typeof namedValueSchema>;

export const criterionSchema = z.strictObject({
	id,
	hard: z.boolean(),
	/** A purpose criterion (what the scheme is for: buying, adapting a home): not met means "not relevant to you". */
	purpose: z.boolean().optional(),
	when: exprSchema.optional(),
	test: exprSchema,
	explain: textKey,
	explainValues: z.array(id).optional(),
	source: sourceSchema,
	note
});
export type Criterion = z.infer<typeof criterionSchema>;

export const schemeSchema = z.strictObject({
	$schema: schemaRef,
	id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'expected a lower-case scheme id'),
	version: z.string().min(1),
	...period,
	...review,
	decidedBy: z.string().min(1),
	onAllMet: z.enum(['eligible', 'assessment']),
	requiresProfile: z.string().nullable(),
	values: z.record(id, namedValueSchema).default({}),
	criteria: z.array(criterionSchema),
	amount: z
		.strictObject({
			unit: z.string().min(1),
			result: id,
			steps: z.array(id),
			/** Shown rounded to this many kroner: an estimate that is not meant to the krone (startlån: 10 000). */
			roundTo: z.number().int().positive().optional()
		})
		.nullable()
		.optional(),
	thresholds: z.array(z.strictObject({ answer: id, explain: textKey.optional() })).default([]),
	texts: textKey,
	/** Options of the `behov` question this scheme serves; a journey that chose none of them does not check it. */
	needs: z.array(id).min(1).optional(),
	/** Why the scheme serves those needs. */
	needsNote: z.string().optional(),
	note
});
export type SchemeVersion = z.input<typeof schemeSchema>;

export const kommuneSchema = z.looseObject({
	$schema: schemaRef,
	kommunenummer: z.string().regex(/^\d{4}$/, 'expected a four-digit kommunenummer'),
	navn: z.string().min(1),
	bostotte: z.looseObject({ kommunegruppe: z.string().nullable() }).optional(),
	tilbyr: z.record(z.string(), z.boolean().nullable()).optional(),
	/** The municipality's own web hosts (its official sites), which residents may be sent to. */
	nettsteder: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'expected a host name')).optional(),
	source: sourceSchema.optional()
});
export type KommuneProfile = z.infer<typeof kommuneSchema>;

const kommunenummer = z.string().regex(/^\d{4}$/, 'expected a four-digit kommunenummer');

/** Norway's municipalities since 1 January 2024. */
export const KOMMUNER_I_NORGE = 357;

/** rules/kommuner/kommuneliste.json: every municipality in Norway, so a build for the whole country can ask for it. */
export const kommunelisteSchema = z.strictObject({
	$schema: schemaRef,
	validFrom: isoDate,
	...review,
	kommuner: z
		.array(
			z.strictObject({
				kommunenummer,
				navn: z.string().min(1),
				/** The Sami or Kven name, which a resident may search for. */
				andreNavn: z.string().optional(),
				fylke: z.string().min(1),
				/** The municipality's website (`nettsider`), where a resident asks about what it decides itself. */
				nettside: z.url({ protocol: /^https$/, error: 'expected an https address' }),
				/** Which of `nettsider.kilder` give this address. */
				nettsideKilder: z.array(z.string().min(1)).min(1),
				/** What the other sources give where they disagree. */
				nettsideAvvik: z.string().optional()
			})
		)
		.length(KOMMUNER_I_NORGE, `expected the ${KOMMUNER_I_NORGE} municipalities of Norway`)
		.superRefine((rows, ctx) => {
			for (const key of ['kommunenummer', 'nettside'] as const) {
				const seen = new Set<string>();
				rows.forEach((row, i) => {
					if (seen.has(row[key]))
						ctx.addIssue({
							code: 'custom',
							path: [i, key],
							message: `expected no duplicates, found ${row[key]} twice`
						});
					seen.add(row[key]);
				});
			}
		}),
	source: sourceSchema,
	/** Where the websites come from: the source shown with them, and each source by its key. */
	nettsider: z.strictObject({ source: sourceSchema, kilder: z.record(z.string(), z.string().min(1)) }),
	note
});
export type Kommuneliste = z.infer<typeof kommunelisteSchema>;

/** rules/kommuner/bostotte-kommunegrupper.json: the municipalities forskrift om bustøtte § 3 names, by group. */
export const kommunegrupperSchema = z.strictObject({
	$schema: schemaRef,
	id: z.literal('bostotte.kommunegrupper'),
	values: z
		.array(
			z.strictObject({
				...period,
				...review,
				/** Group → the kommunenummer in it. */
				grupper: z.record(z.string(), z.array(kommunenummer)),
				/** The group of every municipality not named. */
				ovrige: z.string(),
				/** Municipalities whose group § 3 leaves open (a name that is now part of a larger municipality). */
				avklares: z
					.record(
						kommunenummer,
						z.strictObject({
							navnIForskriften: z.string(),
							/** The yes/no question that settles it: yes gives `ja`, no leaves the group unknown. */
							sporsmal: id,
							ja: z.string(),
							note: z.string()
						})
					)
					.optional(),
				source: sourceSchema,
				note
			})
		)
		.min(1),
	note
});
export type Kommunegrupper = z.infer<typeof kommunegrupperSchema>;

export type AnswerValue = boolean | number | string | string[];
export type Answers = Record<string, AnswerValue>;

export const answerValueSchema = z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]);
export const answerFileSchema = z.strictObject({
	$schema: schemaRef,
	format: z.literal('boligsjekk-svar'),
	formatVersion: z.literal(1),
	date: isoDate.optional(),
	kommune: z
		.string()
		.regex(/^\d{4}$/)
		.optional(),
	answers: z.record(z.string(), answerValueSchema)
});
export type AnswerFile = z.infer<typeof answerFileSchema>;

const outcome = z.enum(['eligible', 'not-eligible', 'assessment', 'unknown']);
const criterionResult = z.enum(['met', 'not-met', 'unknown', 'not-applicable']);
export const caseSchema = z.strictObject({
	$schema: schemaRef,
	id: z.string().min(1),
	description: z.string(),
	date: isoDate,
	kommune: z.string().regex(/^\d{4}$/),
	answers: z.record(z.string(), answerValueSchema),
	expect: z.record(
		z.string(),
		z.strictObject({
			outcome: outcome.optional(),
			amountMonthly: z.number().optional(),
			amount: z.number().nullable().optional(),
			tolerance: z.number().min(0).optional(),
			criteria: z.record(z.string(), criterionResult).optional(),
			values: z.record(z.string(), z.number()).optional(),
			threshold: z
				.strictObject({ answer: id, value: z.number(), tolerance: z.number().min(0).optional() })
				.optional(),
			missing: z.array(z.string()).optional()
		})
	),
	source: z.strictObject({ ref: z.string(), grade: z.enum(['P', 'P-arch', 'S', 'D']) }),
	note
});
export type CaseFile = z.infer<typeof caseSchema>;

/** The generated JSON Schemas: rules/schema/<name>.json. */
export const fileSchemas = {
	questions: questionsFileSchema,
	parameter: parameterSchema,
	scheme: schemeSchema,
	kommune: kommuneSchema,
	kommuneliste: kommunelisteSchema,
	kommunegrupper: kommunegrupperSchema,
	answers: answerFileSchema,
	case: caseSchema
} as const;
