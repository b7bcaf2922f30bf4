// The SQL judge: turns a problem and a submission into sandbox jobs, runs the reference once per
// problem (cached), and decides the verdict — rows compared by result-compare, plans by
// plan-compare, schema cases by their expected outcome. Backend-agnostic: PGlite workers by
// default, PostgreSQL when SQL_SANDBOX_URL is set (or a backend is passed in).

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { deriveOrderKeys } from "./order-keys";
import { PglitePool } from "./pglite-pool";
import { gradePlan, planRoot } from "./plan-compare";
import { PostgresBackend } from "./postgres-backend";
import { compareResults } from "./result-compare";
import { LIMITS, type DatasetSource, type JobOutcome, type SandboxBackend, type SandboxJob, type SandboxStep, type StepError, type StepResult } from "./sandbox-protocol";
import { checkSubmission } from "./statement-policy";
import { splitStatements, type Statement } from "./sql-lexer";
import type { CaseDiff, Column, JudgeVerdict, PlanRequirement, RowSet, RunOutput, SqlJudgeProblem } from "./types";

export interface SqlJudgeOptions {
  /** Run SQL here; default: PostgreSQL when SQL_SANDBOX_URL is set, else a PGlite pool. */
  backend?: SandboxBackend;
  /** Resolve a dataset name to its SQL; default reads `<contentDir>/datasets/<name>.sql`. */
  datasetSql?: (name: string) => Promise<string>;
  /** Default `content/sql` of the repository. */
  contentDir?: string;
  timeLimitMs?: number;
  maxRows?: number;
  maxBytes?: number;
  /** PGlite pool size (default 2). */
  maxWorkers?: number;
  cacheDir?: string | null;
}

export interface AdHocInput {
  datasetSql: string;
  expectedSql: string;
  sql: string;
  ordered: boolean;
  /** Default true: an ad hoc reference's column names are arbitrary, so compare by position. */
  columnsByPosition?: boolean;
}

export type RunError = { error: { kind: "error" | "time_limit"; message: string } };
export type ExplainOutput = { plan: unknown; timeMs: number };

export interface SqlJudge {
  /** Run the submission and show its result (the check query's for dml/index/schema). */
  run(problem: SqlJudgeProblem, sql: string): Promise<RunOutput | RunError>;
  judge(problem: SqlJudgeProblem, sql: string): Promise<JudgeVerdict>;
  /** EXPLAIN (FORMAT JSON, ANALYZE) — safe because it runs in the rolled-back, time-limited sandbox. */
  explain(problem: SqlJudgeProblem, sql: string): Promise<ExplainOutput | RunError>;
  judgeAdHoc(input: AdHocInput): Promise<JudgeVerdict>;
  readonly backend: SandboxBackend;
  close(): Promise<void>;
}

export const DEFAULT_PLAN: PlanRequirement = { maxCostRatio: 1.1, requires: [], forbids: [], maxIndexes: 1 };

const INDEX_NAMES_SQL = "SELECT relname::text FROM pg_class WHERE relkind = 'i'";

class ReferenceFailure extends Error {
  override name = "ReferenceFailure";
}

/** Create a judge; call close() when done (it owns sandbox workers or connections). */
export function createSqlJudge(options: SqlJudgeOptions = {}): SqlJudge {
  const contentDir = options.contentDir ?? path.resolve(import.meta.dirname, "../../../content/sql");
  const backend = options.backend ?? (process.env.SQL_SANDBOX_URL
    ? new PostgresBackend({ url: process.env.SQL_SANDBOX_URL })
    : new PglitePool({ maxWorkers: options.maxWorkers ?? 2, ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}) }));
  const limits = {
    timeLimitMs: options.timeLimitMs ?? LIMITS.timeLimitMs,
    maxRows: options.maxRows ?? LIMITS.maxRows,
    maxBytes: options.maxBytes ?? LIMITS.maxBytes,
  };
  const datasetSql = options.datasetSql ?? ((name: string) => readFile(path.join(contentDir, "datasets", `${name}.sql`), "utf8"));
  const datasets = new Map<string, Promise<DatasetSource>>();
  const references = new Map<string, Promise<ReferenceOutcome>>();

  const dataset = (name: string): Promise<DatasetSource> => {
    let p = datasets.get(name);
    if (!p) {
      p = datasetSql(name).then((sql) => ({ name, sql }));
      p.catch(() => datasets.delete(name));
      datasets.set(name, p);
    }
    return p;
  };

  const job = (steps: SandboxStep[], writes: boolean, discardAfter = false): SandboxJob =>
    ({ steps, maxRows: limits.maxRows, maxBytes: limits.maxBytes, writes, ...(discardAfter ? { discardAfter } : {}) });

  const timeLimit = (p: SqlJudgeProblem) => p.timeLimitMs ?? limits.timeLimitMs;

  // The steps that run the problem's setup and then `statements` as the user's (or reference's).
  function programme(p: SqlJudgeProblem, statements: Statement[], user: boolean, purpose: "judge" | "run" | "explain"): { steps: SandboxStep[]; writes: boolean } {
    const steps: SandboxStep[] = [];
    // Setup is trusted content but may hold several statements: one step each (one command per message).
    if (p.setup) for (const st of splitStatements(p.setup)) steps.push({ sql: st.text, mode: "exec" });
    const texts = statements.map((s) => s.text);
    switch (p.type) {
      case "query":
        // Read-only after setup: writes, nextval() and data-modifying CTEs fail outright.
        steps.push({ sql: "SET TRANSACTION READ ONLY", mode: "exec" });
        // Several SELECTs may be given (as in a console); all run, the last one is the answer.
        // Earlier ones go through the capped cursor too, so none can materialise a huge result.
        texts.slice(0, -1).forEach((sql) => steps.push({ sql, mode: "rows", user }));
        steps.push(purpose === "explain"
          ? { sql: texts[texts.length - 1]!, mode: "explain", analyze: true, user }
          : { sql: texts[texts.length - 1]!, mode: "rows", user });
        return { steps, writes: false };
      case "dml":
      case "schema": {
        const lastIsExplained = purpose === "explain" && p.type === "dml";
        texts.forEach((sql, i) => steps.push(lastIsExplained && i === texts.length - 1
          ? { sql, mode: "explain", analyze: true, user }
          : { sql, mode: "exec", user }));
        if (p.type === "schema" && purpose === "judge") {
          for (const c of p.cases ?? []) steps.push({ sql: c.sql, mode: "exec", isolate: true });
        }
        if (p.check && !lastIsExplained) steps.push(purpose === "explain" ? { sql: p.check, mode: "explain", analyze: true } : { sql: p.check, mode: "rows" });
        return { steps, writes: true };
      }
      case "index":
        // The indexes before and after the submission tell which ones it created.
        if (purpose === "judge") steps.push({ sql: INDEX_NAMES_SQL, mode: "rows" });
        for (const sql of texts) steps.push({ sql, mode: "exec", user });
        if (purpose === "run") steps.push({ sql: p.check ?? "SELECT 1", mode: "rows" });
        else {
          steps.push({ sql: p.check ?? "SELECT 1", mode: "explain", analyze: purpose === "explain" });
          if (purpose === "judge") steps.push({ sql: INDEX_NAMES_SQL, mode: "rows" });
        }
        return { steps, writes: true };
    }
  }

  async function execute(p: SqlJudgeProblem | { dataset: string; datasetSource: DatasetSource }, j: SandboxJob, ms: number): Promise<JobOutcome> {
    const ds = "datasetSource" in p ? p.datasetSource : await dataset(p.dataset);
    return backend.runJob(ds, j, ms);
  }

  // --- references ---------------------------------------------------------------------------------

  interface ReferenceOutcome {
    rows?: RowSet;
    plan?: unknown;
  }

  function reference(p: SqlJudgeProblem, ds?: DatasetSource): Promise<ReferenceOutcome> {
    const key = createHash("sha256").update(JSON.stringify([p.id, p.type, p.dataset, ds?.sql ?? "", p.setup, p.reference, p.check, p.cases])).digest("hex");
    let r = references.get(key);
    if (!r) {
      r = computeReference(p, ds);
      r.catch(() => references.delete(key));
      references.set(key, r);
    }
    return r;
  }

  async function computeReference(p: SqlJudgeProblem, ds?: DatasetSource): Promise<ReferenceOutcome> {
    const policy = checkSubmission(p.type, p.reference);
    if (!policy.ok) throw new ReferenceFailure(`the reference solution of ${p.id} is refused by the statement policy: ${policy.message}`);
    const { steps, writes } = programme(p, policy.statements, false, "judge");
    const out = await execute(ds ? { dataset: ds.name, datasetSource: ds } : p, job(steps, writes), LIMITS.referenceTimeLimitMs);
    if (out.kind !== "done") throw new ReferenceFailure(`the reference solution of ${p.id} did not finish: ${out.kind === "timeout" ? "time limit" : out.message}`);
    const failed = out.result.steps.find((s) => !s.ok && !stepIsolated(steps, out.result.steps, s));
    if (failed && !failed.ok) throw new ReferenceFailure(`the reference solution of ${p.id} failed: ${failed.error.message}`);
    if (p.type === "index") return { plan: (out.result.steps[out.result.steps.length - 2] as { plan?: unknown }).plan };
    const last = out.result.steps[out.result.steps.length - 1]!;
    if (last.ok && last.rows) {
      if (last.tooLarge) throw new ReferenceFailure(`the reference result of ${p.id} exceeds the judge's result limits`);
      return { rows: { columns: last.columns!, rows: last.rows, tooLarge: false } };
    }
    return {};
  }

  // --- verdicts ------------------------------------------------------------------------------------

  async function judge(p: SqlJudgeProblem, sql: string, ds?: DatasetSource): Promise<JudgeVerdict> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const policy = checkSubmission(p.type, sql);
    if (!policy.ok) return { verdict: "error", message: policy.message!, timeMs: elapsed() };
    let ref: ReferenceOutcome;
    try {
      ref = await reference(p, ds);
    } catch (e) {
      return { verdict: "error", message: e instanceof Error ? e.message : String(e), timeMs: elapsed() };
    }
    const plan = { ...DEFAULT_PLAN, ...p.plan };
    if (p.type === "index" && policy.statements.length > plan.maxIndexes) {
      return { verdict: "wrong_answer", message: `create at most ${plan.maxIndexes} index(es); you created ${policy.statements.length}`, timeMs: elapsed() };
    }
    const { steps, writes } = programme(p, policy.statements, true, "judge");
    const discard = p.type === "schema" && policy.statements.some((s) => s.tokens.some((t) => t.kind === "word" && ["FUNCTION", "PROCEDURE", "TRIGGER", "RULE"].includes(t.upper)));
    const out = await execute(ds ? { dataset: ds.name, datasetSource: ds } : p, job(steps, writes, discard), timeLimit(p));
    const early = outcomeVerdict(out, steps, timeLimit(p));
    if (early) return { ...early, timeMs: elapsed() };
    const result = (out as Extract<JobOutcome, { kind: "done" }>).result;
    const timeMs = Math.round(result.userTimeMs);

    if (p.type === "index") {
      const explained = result.steps[result.steps.length - 2] as Extract<StepResult, { ok: true }>;
      const names = (i: number) => (result.steps[i] as Extract<StepResult, { ok: true }>).rows!.map((r) => r[0]!);
      const before = new Set(names(steps.findIndex((s) => s.sql === INDEX_NAMES_SQL)));
      const created = names(result.steps.length - 1).filter((n) => !before.has(n));
      const g = gradePlan(planRoot(explained.plan), planRoot(ref.plan), plan, created);
      return { verdict: g.accepted ? "accepted" : "wrong_answer", message: g.message, diff: g.diff, timeMs };
    }

    if (p.type === "schema") {
      const firstCase = steps.findIndex((s) => s.isolate);
      const failedCases: CaseDiff["failed"] = [];
      (p.cases ?? []).forEach((c, i) => {
        const r = result.steps[firstCase + i];
        if (!r) return;
        const got = r.ok ? "ok" : "error";
        const codeOk = r.ok || !c.code || (r.error.code ?? "").startsWith(c.code);
        if (got !== c.expect || (c.expect === "error" && !codeOk)) {
          failedCases.push({
            name: c.name,
            expected: c.expect === "error" && c.code ? `error ${c.code}` : c.expect,
            got: r.ok ? "ok" : `error ${r.error.code ?? ""}`.trim(),
            ...(r.ok ? {} : { message: r.error.message }),
          });
        }
      });
      if (failedCases.length) {
        return {
          verdict: "wrong_answer",
          message: `${failedCases.length} of ${p.cases?.length ?? 0} checks failed: ${failedCases.map((f) => `${f.name} (expected ${f.expected}, got ${f.got})`).join("; ")}`,
          diff: { kind: "cases", failed: failedCases },
          timeMs,
        };
      }
      if (!p.check) return { verdict: "accepted", message: `all ${p.cases?.length ?? 0} checks passed`, timeMs };
    }

    const last = result.steps[result.steps.length - 1] as Extract<StepResult, { ok: true }>;
    if (last.tooLarge) {
      return { verdict: "wrong_answer", message: `the result has more than ${limits.maxRows} rows or ${limits.maxBytes} bytes (expected ${ref.rows?.rows.length ?? "?"} rows)`, timeMs };
    }
    const expected = ref.rows!;
    const orderSource = p.type === "query" ? p.reference : p.check ?? "";
    const orderKeys = resolveOrderKeys(p, orderSource, expected.columns);
    const cmp = compareResults(expected, { columns: last.columns!, rows: last.rows!, tooLarge: false }, {
      columnsByPosition: p.columnsByPosition,
      ordered: p.ordered && orderKeys !== "none",
      ...(Array.isArray(orderKeys) ? { orderKeys } : {}),
    });
    const prefix = p.type === "query" ? "" : "after your statements, the check query differs: ";
    return cmp.equal
      ? { verdict: "accepted", message: "accepted", timeMs }
      : { verdict: "wrong_answer", message: prefix + cmp.message, ...(cmp.diff ? { diff: cmp.diff } : {}), timeMs };
  }

  async function run(p: SqlJudgeProblem, sql: string): Promise<RunOutput | RunError> {
    const policy = checkSubmission(p.type, sql);
    if (!policy.ok) return { error: { kind: "error", message: policy.message! } };
    const { steps, writes } = programme(p, policy.statements, true, "run");
    const out = await execute(p, job(steps, writes, p.type === "schema"), timeLimit(p));
    const early = outcomeVerdict(out, steps, timeLimit(p));
    if (early) return { error: { kind: early.verdict === "time_limit" ? "time_limit" : "error", message: early.message } };
    const result = (out as Extract<JobOutcome, { kind: "done" }>).result;
    const last = [...result.steps].reverse().find((s) => s.ok && s.columns) as Extract<StepResult, { ok: true }> | undefined;
    if (last?.tooLarge) return { error: { kind: "error", message: `the result has more than ${limits.maxRows} rows or ${limits.maxBytes} bytes; add a LIMIT` } };
    const rows = last?.rows ?? [];
    return {
      columns: last?.columns ?? [],
      rows: rows.slice(0, LIMITS.displayRows),
      rowCount: rows.length,
      truncated: rows.length > LIMITS.displayRows,
      timeMs: Math.round(result.userTimeMs),
    };
  }

  async function explain(p: SqlJudgeProblem, sql: string): Promise<ExplainOutput | RunError> {
    const policy = checkSubmission(p.type, sql);
    if (!policy.ok) return { error: { kind: "error", message: policy.message! } };
    const { steps, writes } = programme(p, policy.statements, true, "explain");
    const out = await execute(p, job(steps, writes, p.type === "schema"), timeLimit(p));
    const early = outcomeVerdict(out, steps, timeLimit(p));
    if (early) return { error: { kind: early.verdict === "time_limit" ? "time_limit" : "error", message: early.message } };
    const result = (out as Extract<JobOutcome, { kind: "done" }>).result;
    const explained = result.steps.find((s) => s.ok && s.plan !== undefined) as Extract<StepResult, { ok: true }> | undefined;
    return { plan: explained?.plan ?? null, timeMs: Math.round(result.userTimeMs) };
  }

  async function judgeAdHoc(input: AdHocInput): Promise<JudgeVerdict> {
    const hash = createHash("sha256").update(input.datasetSql).digest("hex").slice(0, 16);
    const ds: DatasetSource = { name: `adhoc-${hash}`, sql: input.datasetSql };
    const problem: SqlJudgeProblem = {
      id: `adhoc-${createHash("sha256").update(input.expectedSql).digest("hex").slice(0, 12)}`,
      type: "query", dataset: ds.name, reference: input.expectedSql, ordered: input.ordered,
      columnsByPosition: input.columnsByPosition ?? true,
    };
    return judge(problem, input.sql, ds);
  }

  return {
    backend,
    run,
    judge: (p, sql) => judge(p, sql),
    explain,
    judgeAdHoc,
    close: () => backend.close(),
  };
}

function stepIsolated(steps: SandboxStep[], results: StepResult[], r: StepResult): boolean {
  return steps[results.indexOf(r)]?.isolate === true;
}

// Timeouts, crashes and errors in non-isolated steps decide the verdict before any comparison.
function outcomeVerdict(out: JobOutcome, steps: SandboxStep[], limitMs: number): Omit<JudgeVerdict, "timeMs"> | undefined {
  if (out.kind === "timeout") return { verdict: "time_limit", message: `the submission ran longer than ${limitMs} ms and was stopped` };
  if (out.kind === "crashed") return { verdict: "error", message: `the sandbox stopped while running the submission (${out.message}); it was replaced` };
  if (out.result.poisoned) return { verdict: "error", message: `${out.result.poisoned}; the sandbox was replaced` };
  const results = out.result.steps;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.ok || steps[i]?.isolate) continue;
    const step = steps[i]!;
    const who = step.user ? "" : step.mode === "rows" || step.mode === "explain" ? "the check query failed after your statements: " : "the problem's setup failed: ";
    return { verdict: "error", message: who + formatError(r.error) };
  }
  return undefined;
}

/** "ERROR 42P01: relation "x" does not exist (at character 15)". */
export function formatError(e: StepError): string {
  return `ERROR${e.code ? " " + e.code : ""}: ${e.message}${e.position ? ` (at character ${e.position})` : ""}`;
}

function resolveOrderKeys(p: SqlJudgeProblem, orderSource: string, columns: Column[]): number[] | "none" | "unknown" {
  if (p.orderBy?.length) {
    const idx = p.orderBy.map((n) => columns.findIndex((c) => c.name.toLowerCase() === n.toLowerCase()));
    if (idx.every((i) => i >= 0)) return idx;
    return "unknown";
  }
  try {
    const k = deriveOrderKeys(orderSource, columns.map((c) => c.name));
    return k.kind === "keys" ? k.columns : k.kind;
  } catch {
    return "unknown";
  }
}
