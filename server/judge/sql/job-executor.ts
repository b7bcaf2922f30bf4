// Runs a SandboxJob on one connection, the same way for PGlite and PostgreSQL: one transaction,
// a savepoint around the steps, user results fetched through a cursor with a row cap, then
// non-transactional state (sequences, advisory locks) restored and the transaction rolled back.
// A job that somehow ended the transaction or changed the role is reported as `poisoned` so the
// backend throws that sandbox away instead of trusting it with the next submission.

import type { JobResult, SandboxJob, SandboxStep, StepError, StepResult } from "./sandbox-protocol";
import type { Cell, Column } from "./types";

export interface RawResult {
  fields: { name: string; dataTypeID: number }[];
  rows: unknown[][];
  command?: string;
  affectedRows?: number;
}

/** The one thing a backend must provide: run a single statement (extended protocol), rows as arrays of text. */
export interface SqlConnection {
  query(sql: string): Promise<RawResult>;
}

export interface SequenceState {
  name: string;
  lastValue: string | null;
  startValue: string;
}

export interface SessionBaseline {
  role: string;
  sequences: SequenceState[];
}

export interface ExecutedJob extends JobResult {
  poisoned?: string;
}

const SEQUENCES_SQL =
  "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value::text, start_value::text FROM pg_sequences ORDER BY 1";

/** Read what cleanup restores after each job. */
export async function readBaseline(conn: SqlConnection): Promise<SessionBaseline> {
  const role = await conn.query("SELECT current_user::text");
  return { role: String(role.rows[0]?.[0]), sequences: await readSequences(conn) };
}

async function readSequences(conn: SqlConnection): Promise<SequenceState[]> {
  const r = await conn.query(SEQUENCES_SQL);
  return r.rows.map((row) => ({ name: String(row[0]), lastValue: (row[1] as string | null) ?? null, startValue: String(row[2]) }));
}

/** Run `job` in a transaction that is always rolled back. `prelude` runs first (e.g. a lock). */
export async function executeJob(conn: SqlConnection, job: SandboxJob, baseline: SessionBaseline, prelude: string[] = []): Promise<ExecutedJob> {
  const steps: StepResult[] = [];
  let userTimeMs = 0;
  let poisoned: string | undefined;
  await conn.query("BEGIN");
  try {
    for (const sql of prelude) await conn.query(sql);
    const tx0 = await txid(conn);
    await conn.query("SAVEPOINT judge_job");
    let failed = false;
    for (const step of job.steps) {
      const result = await runStep(conn, step, job);
      steps.push(result);
      if (step.user) userTimeMs += result.timeMs;
      if (!result.ok && !step.isolate) { failed = true; break; }
    }
    try {
      if (failed) await conn.query("ROLLBACK TO SAVEPOINT judge_job");
      // One round trip: same transaction? same role? and drop session-level advisory locks
      // (they survive a rollback) while we are at it.
      const after = await conn.query("SELECT txid_current()::text, current_user::text, pg_advisory_unlock_all()");
      const [tx1, role] = (after.rows[0] ?? []) as [string?, string?];
      if (tx1 !== tx0) poisoned = "the submission ended the judge's transaction";
      else if (role !== baseline.role) poisoned = "the submission changed the session role";
      // setval is not transactional: restore while our transaction (and any lock) is still held.
      if (job.writes && !poisoned) await restoreSequences(conn, baseline);
    } catch (e) {
      poisoned = `the judge could not verify the transaction after the submission (${errorOf(e).message})`;
    }
  } finally {
    try {
      await conn.query("ROLLBACK");
    } catch (e) {
      poisoned ??= `cleanup failed: ${errorOf(e).message}`;
    }
  }
  return { steps, userTimeMs, ...(poisoned ? { poisoned } : {}) };
}

async function txid(conn: SqlConnection): Promise<string> {
  const r = await conn.query("SELECT txid_current()::text");
  return String(r.rows[0]?.[0]);
}

async function restoreSequences(conn: SqlConnection, baseline: SessionBaseline): Promise<void> {
  if (baseline.sequences.length === 0) return;
  const now = await readSequences(conn);
  const before = new Map(baseline.sequences.map((s) => [s.name, s]));
  for (const s of now) {
    const b = before.get(s.name);
    if (!b || b.lastValue === s.lastValue) continue; // new sequences vanish with the rollback
    const lit = (v: string) => `'${v.replace(/'/g, "''")}'`;
    await conn.query(b.lastValue === null
      ? `SELECT setval(${lit(s.name)}::regclass, ${b.startValue}, false)`
      : `SELECT setval(${lit(s.name)}::regclass, ${b.lastValue}, true)`);
  }
}

async function runStep(conn: SqlConnection, step: SandboxStep, job: SandboxJob): Promise<StepResult> {
  const t0 = performance.now();
  if (step.isolate) await conn.query("SAVEPOINT judge_step");
  try {
    let result: StepResult;
    if (step.mode === "rows") result = await fetchRows(conn, step.sql, job, t0);
    else if (step.mode === "explain") {
      const prefix = `EXPLAIN (FORMAT JSON${step.analyze ? ", ANALYZE, TIMING OFF" : ""}) `;
      const r = await withPrefix(prefix, () => conn.query(prefix + step.sql));
      const text = r.rows[0]?.[0];
      result = { ok: true, plan: typeof text === "string" ? JSON.parse(text) : text, timeMs: performance.now() - t0 };
    } else {
      const r = await conn.query(step.sql);
      result = {
        ok: true,
        timeMs: performance.now() - t0,
        ...(r.command !== undefined ? { command: r.command } : {}),
        ...(r.affectedRows !== undefined ? { affectedRows: r.affectedRows } : {}),
      };
    }
    if (step.isolate) await conn.query("RELEASE SAVEPOINT judge_step");
    return result;
  } catch (e) {
    const error = errorOf(e);
    if (step.isolate) await conn.query("ROLLBACK TO SAVEPOINT judge_step");
    return { ok: false, error, timeMs: performance.now() - t0 };
  }
}

// A cursor keeps the user's own statement untouched (ORDER BY, names, duplicates) while letting us
// stop after maxRows + 1 rows instead of materialising a runaway result.
async function fetchRows(conn: SqlConnection, sql: string, job: SandboxJob, t0: number): Promise<StepResult> {
  const prefix = "DECLARE judge_cursor NO SCROLL CURSOR FOR ";
  await withPrefix(prefix, () => conn.query(prefix + sql));
  const r = await conn.query(`FETCH FORWARD ${job.maxRows + 1} FROM judge_cursor`);
  await conn.query("CLOSE judge_cursor");
  const timeMs = performance.now() - t0;
  const columns: Column[] = r.fields.map((f) => ({ name: f.name, typeOid: f.dataTypeID }));
  if (r.rows.length > job.maxRows) return { ok: true, columns, rows: [], tooLarge: true, timeMs };
  let bytes = 0;
  const rows: Cell[][] = [];
  for (const raw of r.rows) {
    const row = raw.map((v) => (v === null || v === undefined ? null : String(v)));
    for (const c of row) bytes += c === null ? 1 : c.length;
    if (bytes > job.maxBytes) return { ok: true, columns, rows: [], tooLarge: true, timeMs };
    rows.push(row);
  }
  return { ok: true, columns, rows, timeMs };
}

// Error positions must point into the user's text, not our DECLARE/EXPLAIN wrapper.
async function withPrefix<T>(prefix: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const err = errorOf(e);
    if (err.position !== undefined) err.position = Math.max(1, err.position - prefix.length);
    throw Object.assign(new Error(err.message), err);
  }
}

/** Extract message/SQLSTATE/position from a PGlite or pg error. */
export function errorOf(e: unknown): StepError {
  const any = e as { message?: unknown; code?: unknown; position?: unknown };
  const out: StepError = { message: typeof any?.message === "string" ? any.message : String(e) };
  if (typeof any?.code === "string") out.code = any.code;
  const pos = typeof any?.position === "string" ? Number(any.position) : typeof any?.position === "number" ? any.position : NaN;
  if (Number.isFinite(pos)) out.position = pos;
  return out;
}
