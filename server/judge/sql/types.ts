// Shared types of the SQL judge: problems as the engine sees them, sandbox results and verdicts.
// Kept free of runtime code so the CLI, the server and the workers can import it cheaply.

export type SqlProblemType = "query" | "dml" | "index" | "schema";

/** A `schema` problem case: a statement run after the user's DDL, expected to succeed or fail. */
export interface SchemaCase {
  name: string;
  sql: string;
  expect: "ok" | "error";
  /** Optional SQLSTATE (e.g. "23505") or class prefix (e.g. "23") the failure must carry. */
  code?: string;
}

/** `index` problems: what the user's plan for `check` must look like. */
export interface PlanRequirement {
  /** Maximum user cost / reference cost (total cost of the plan's root). */
  maxCostRatio: number;
  /** Node types that must appear somewhere in the plan, e.g. "Index Only Scan". */
  requires: string[];
  /** Node types (optionally "Seq Scan on orders") that must not appear. */
  forbids: string[];
  /** At most this many CREATE INDEX statements. */
  maxIndexes: number;
}

/** A problem in the shape the judge needs (the loader adds presentation fields). */
export interface SqlJudgeProblem {
  id: string;
  type: SqlProblemType;
  /** Dataset name; the judge resolves it to SQL through its dataset source. */
  dataset: string;
  setup?: string;
  reference: string;
  check?: string;
  ordered: boolean;
  /** Explicit ORDER BY key columns (output names), when they cannot be derived from the reference. */
  orderBy?: string[];
  columnsByPosition: boolean;
  cases?: SchemaCase[];
  plan?: PlanRequirement;
  timeLimitMs?: number;
}

export interface Column {
  name: string;
  /** PostgreSQL type OID. */
  typeOid: number;
}

/** Cells are PostgreSQL's own text output (or null); the comparison normalises by type. */
export type Cell = string | null;

export interface RowSet {
  columns: Column[];
  rows: Cell[][];
  /** More rows existed than the judge fetches (`maxRows`): the result was refused. */
  tooLarge: boolean;
}

export interface RunOutput {
  columns: Column[];
  /** At most `displayRows` (200) rows. */
  rows: Cell[][];
  rowCount: number;
  truncated: boolean;
  timeMs: number;
}

export type Verdict = "accepted" | "wrong_answer" | "time_limit" | "error";

export interface JudgeVerdict {
  verdict: Verdict;
  message: string;
  diff?: ResultDiff | PlanDiff | CaseDiff;
  timeMs: number;
}

export interface ResultDiff {
  kind: "rows" | "columns" | "order" | "row_count";
  expectedColumns?: string[];
  actualColumns?: string[];
  /** Up to 10 rows each; `missingCount`/`extraCount` carry the totals. */
  missing?: Cell[][];
  extra?: Cell[][];
  missingCount?: number;
  extraCount?: number;
  /** The first adjacent pair (0-based indexes into the user's rows) that breaks the required order. */
  outOfOrder?: { index: number; previous: Cell[]; row: Cell[]; keys: string[] };
  expectedRows?: number;
  actualRows?: number;
}

export interface PlanDiff {
  kind: "plan";
  userCost: number;
  referenceCost: number;
  maxCostRatio: number;
  missingNodes?: string[];
  forbiddenNodes?: string[];
  userPlan: string[];
  referencePlan: string[];
}

export interface CaseDiff {
  kind: "cases";
  failed: { name: string; expected: string; got: string; message?: string }[];
}

export class SqlJudgeInputError extends Error {
  override name = "SqlJudgeInputError";
}
