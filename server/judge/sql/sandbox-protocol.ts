// The contract between the judge and a sandbox backend (PGlite workers or PostgreSQL): a job is a
// list of steps run in ONE transaction that is always rolled back. Trusted steps (setup, the
// check query, SET TRANSACTION READ ONLY) and the user's statements are all steps; only user
// steps count toward the reported time. The judge builds jobs; backends only execute them.

import type { Cell, Column } from "./types";

export type StepMode =
  | "exec" //    run, keep the command tag and affected rows
  | "rows" //    run through a cursor, fetch at most maxRows + 1 rows
  | "explain"; // EXPLAIN (FORMAT JSON [, ANALYZE]) the statement, return the plan

export interface SandboxStep {
  sql: string;
  mode: StepMode;
  /** Run inside a savepoint and report a failure instead of aborting the job. */
  isolate?: boolean;
  /** The statement is the user's: its time is reported, its errors are the user's. */
  user?: boolean;
  /** For mode "explain": also execute it (EXPLAIN ANALYZE). */
  analyze?: boolean;
}

export interface SandboxJob {
  steps: SandboxStep[];
  maxRows: number;
  /** Refuse a result whose text exceeds this many bytes. */
  maxBytes: number;
  /** The job may have written (sequences must be restored afterwards). */
  writes: boolean;
  /** Throw the sandbox away afterwards (e.g. the user created functions that run with SET clauses). */
  discardAfter?: boolean;
}

export interface StepError {
  message: string;
  code?: string;
  position?: number;
}

export type StepResult =
  | {
      ok: true;
      command?: string;
      affectedRows?: number;
      columns?: Column[];
      rows?: Cell[][];
      tooLarge?: boolean;
      plan?: unknown;
      timeMs: number;
    }
  | { ok: false; error: StepError; timeMs: number };

export interface JobResult {
  /** One entry per step that ran; a failed non-isolated step is the last entry. */
  steps: StepResult[];
  /** Milliseconds spent in user steps. */
  userTimeMs: number;
  /** Set when the sandbox can no longer be trusted (the backend discards it). */
  poisoned?: string;
}

export type JobOutcome =
  | { kind: "done"; result: JobResult }
  | { kind: "timeout"; timeMs: number }
  | { kind: "crashed"; message: string };

export interface DatasetSource {
  /** Stable name (used for caching and worker affinity). */
  name: string;
  sql: string;
}

/** What the judge needs from a place that runs SQL. */
export interface SandboxBackend {
  readonly kind: "pglite" | "postgres";
  runJob(dataset: DatasetSource, job: SandboxJob, timeLimitMs: number): Promise<JobOutcome>;
  /** Start sandboxes for a dataset ahead of the first submission. */
  warm?(dataset: DatasetSource): Promise<void>;
  stats?(): Record<string, number>;
  close(): Promise<void>;
}

/** Session settings every sandbox applies, so text output (dates, floats) is stable. */
export const SESSION_SETTINGS = [
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 1",
  "SET bytea_output = 'hex'",
];

/** Default limits (documented in docs/sql-judge.md). */
export const LIMITS = {
  timeLimitMs: 2000,
  referenceTimeLimitMs: 20_000,
  maxRows: 10_000,
  maxBytes: 8 * 1024 * 1024,
  displayRows: 200,
} as const;
