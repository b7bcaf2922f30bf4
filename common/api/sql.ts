/** SQL practice API: problems on sample datasets, run a query, submit it for a verdict, EXPLAIN it. */
import { z } from "zod";

/** Queries longer than this (in UTF-8 bytes) are refused. */
export const SQL_QUERY_MAX_BYTES = 20 * 1024;
/** Rows shown for a run; the judge caps results at this. */
export const SQL_DISPLAY_ROWS = 200;

export const sqlDifficultySchema = z.enum(["easy", "medium", "hard"]);
export const sqlProblemTypeSchema = z.enum(["query", "dml", "index", "schema"]);
export type SqlProblemType = z.infer<typeof sqlProblemTypeSchema>;

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export const sqlQueryBodySchema = z.strictObject({
  query: z
    .string("must be the SQL text")
    .refine((q) => q.trim().length > 0, "must not be empty: write a query first")
    .refine((q) => utf8Bytes(q) <= SQL_QUERY_MAX_BYTES, `must be at most ${SQL_QUERY_MAX_BYTES / 1024} KB`),
});
export type SqlQueryBody = z.infer<typeof sqlQueryBodySchema>;

export const sqlSlugParamsSchema = z.strictObject({
  slug: z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a problem slug (kebab-case)"),
});

export const sqlProblemSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  difficulty: sqlDifficultySchema,
  topics: z.array(z.string()),
  type: sqlProblemTypeSchema,
  dataset: z.string(),
  /** Only for a signed-in user: an accepted submission exists. */
  solved: z.boolean().optional(),
  /** Only for a signed-in user: at least one submission exists. */
  attempted: z.boolean().optional(),
});
export type SqlProblemSummary = z.infer<typeof sqlProblemSummarySchema>;

export const sqlProblemListSchema = z.object({
  items: z.array(sqlProblemSummarySchema),
  datasets: z.array(z.object({ name: z.string(), title: z.string() })),
});
export type SqlProblemList = z.infer<typeof sqlProblemListSchema>;

export const sqlColumnInfoSchema = z.object({
  name: z.string(),
  type: z.string(),
  /** PK, FK, UK or a combination ("PK, FK"). */
  keys: z.array(z.string()),
  note: z.string().optional(),
});

export const sqlTableInfoSchema = z.object({ name: z.string(), columns: z.array(sqlColumnInfoSchema) });
export type SqlTableInfo = z.infer<typeof sqlTableInfoSchema>;

export const sqlRelationSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Mermaid cardinality, e.g. "||--o{". */
  cardinality: z.string(),
  label: z.string(),
});
export type SqlRelation = z.infer<typeof sqlRelationSchema>;

export const sqlDatasetInfoSchema = z.object({
  name: z.string(),
  title: z.string(),
  /** Markdown, without the Mermaid diagram. */
  description: z.string(),
  /** The Mermaid erDiagram source. */
  erDiagram: z.string(),
  tables: z.array(sqlTableInfoSchema),
  relations: z.array(sqlRelationSchema),
});
export type SqlDatasetInfo = z.infer<typeof sqlDatasetInfoSchema>;

export const sqlProblemDetailSchema = sqlProblemSummarySchema.extend({
  statement: z.string(),
  hints: z.array(z.string()),
  ordered: z.boolean(),
  timeLimitMs: z.number(),
  datasetInfo: sqlDatasetInfoSchema,
  /** Only after an accepted submission. */
  editorial: z.string().optional(),
  reference: z.string().optional(),
});
export type SqlProblemDetail = z.infer<typeof sqlProblemDetailSchema>;

export const sqlResultColumnSchema = z.object({ name: z.string(), type: z.string() });
const cell = z.string().nullable();

export const sqlRunResultSchema = z.object({
  /** ok: the result is below; error / time_limit: `message` says why. */
  outcome: z.enum(["ok", "error", "time_limit"]),
  message: z.string().optional(),
  columns: z.array(sqlResultColumnSchema),
  rows: z.array(z.array(cell)),
  /** Rows the query returned (the first 200 are in `rows`). */
  rowCount: z.number(),
  truncated: z.boolean(),
  timeMs: z.number().optional(),
});
export type SqlRunResult = z.infer<typeof sqlRunResultSchema>;

const resultDiffSchema = z.object({
  kind: z.enum(["rows", "columns", "order", "row_count"]),
  expectedColumns: z.array(z.string()).optional(),
  actualColumns: z.array(z.string()).optional(),
  missing: z.array(z.array(cell)).optional(),
  extra: z.array(z.array(cell)).optional(),
  missingCount: z.number().optional(),
  extraCount: z.number().optional(),
  outOfOrder: z.object({ index: z.number(), previous: z.array(cell), row: z.array(cell), keys: z.array(z.string()) }).optional(),
  expectedRows: z.number().optional(),
  actualRows: z.number().optional(),
});
const planDiffSchema = z.object({
  kind: z.literal("plan"),
  userCost: z.number(),
  referenceCost: z.number(),
  maxCostRatio: z.number(),
  missingNodes: z.array(z.string()).optional(),
  forbiddenNodes: z.array(z.string()).optional(),
  userPlan: z.array(z.string()),
  referencePlan: z.array(z.string()),
});
const caseDiffSchema = z.object({
  kind: z.literal("cases"),
  failed: z.array(z.object({ name: z.string(), expected: z.string(), got: z.string(), message: z.string().optional() })),
});
export const sqlDiffSchema = z.union([resultDiffSchema, planDiffSchema, caseDiffSchema]);
export type SqlResultDiff = z.infer<typeof resultDiffSchema>;
export type SqlPlanDiff = z.infer<typeof planDiffSchema>;
export type SqlCaseDiff = z.infer<typeof caseDiffSchema>;
export type SqlDiff = z.infer<typeof sqlDiffSchema>;

export const sqlVerdictSchema = z.enum(["accepted", "wrong_answer", "time_limit", "error"]);
export type SqlVerdict = z.infer<typeof sqlVerdictSchema>;

export const sqlSubmissionSchema = z.object({
  id: z.string(),
  slug: z.string(),
  query: z.string(),
  verdict: sqlVerdictSchema,
  message: z.string(),
  diff: sqlDiffSchema.optional(),
  timeMs: z.number(),
  createdAt: z.string(),
});
export type SqlSubmission = z.infer<typeof sqlSubmissionSchema>;
export const sqlSubmissionListSchema = z.object({ items: z.array(sqlSubmissionSchema) });

/** One node of an EXPLAIN plan, flattened in pre-order (children follow their parent, depth + 1). */
export const sqlPlanNodeSchema = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  depth: z.number(),
  nodeType: z.string(),
  /** "on orders o", "using orders_pkey", join type… */
  detail: z.string(),
  /** Conditions: Hash Cond, Filter, Index Cond, Sort Key… */
  conditions: z.array(z.string()),
  startupCost: z.number(),
  totalCost: z.number(),
  /** Cost of this node alone (its total minus its children's). */
  selfCost: z.number(),
  planRows: z.number(),
  actualRows: z.number().optional(),
  actualLoops: z.number().optional(),
  /** A large share of the plan's cost is spent here. */
  costly: z.boolean(),
});
export type SqlPlanNode = z.infer<typeof sqlPlanNodeSchema>;

export const sqlExplainResultSchema = z.object({
  outcome: z.enum(["ok", "error", "time_limit"]),
  message: z.string().optional(),
  nodes: z.array(sqlPlanNodeSchema),
  totalCost: z.number().optional(),
  timeMs: z.number().optional(),
});
export type SqlExplainResult = z.infer<typeof sqlExplainResultSchema>;
