// The PostgreSQL sandbox backend for scale: SQL_SANDBOX_URL points at a dedicated database and a
// restricted role (see postgres-provision.ts). Datasets load once into it (recorded with a hash so
// a changed dataset reloads); every job runs in a rolled-back transaction with SET LOCAL
// statement_timeout, and a host-side wall clock cancels, then terminates, a backend that
// outlives it (a submission could raise its own timeout through a function's SET clause).

import pg from "pg";
import { createHash } from "node:crypto";
import { executeJob, type RawResult, type SequenceState, type SessionBaseline, type SqlConnection } from "./job-executor";
import { SESSION_SETTINGS, type DatasetSource, type JobOutcome, type SandboxBackend, type SandboxJob } from "./sandbox-protocol";

export interface PostgresBackendOptions {
  url: string;
  maxConnections?: number;
}

interface LoadedDataset {
  schema: string;
  baseline: SessionBaseline;
  lockKey: number;
}

// Values stay PostgreSQL's text: the comparison normalises by type OID, as with PGlite.
const TEXT_TYPES = { getTypeParser: () => (v: string) => v };

const META = "backprep_sandbox_datasets";

export class PostgresBackend implements SandboxBackend {
  readonly kind = "postgres" as const;
  private readonly pool: pg.Pool;
  private readonly loaded = new Map<string, Promise<LoadedDataset>>();
  private counters = { jobs: 0, timeouts: 0, cancels: 0 };

  constructor(private readonly options: PostgresBackendOptions) {
    this.pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 4, types: TEXT_TYPES });
    this.pool.on("error", () => undefined); // a terminated idle client must not crash the host
  }

  async warm(ds: DatasetSource): Promise<void> {
    await this.dataset(ds);
  }

  stats(): Record<string, number> {
    return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount, ...this.counters };
  }

  async runJob(ds: DatasetSource, job: SandboxJob, timeLimitMs: number): Promise<JobOutcome> {
    if (!job.writes) return this.runLocked(ds, job, timeLimitMs);
    // Writers on one dataset queue here, so waiting for a turn never counts toward the time limit.
    const prev = this.writers.get(ds.name) ?? Promise.resolve();
    const turn = prev.then(() => this.runLocked(ds, job, timeLimitMs));
    this.writers.set(ds.name, turn.then(() => undefined, () => undefined));
    return turn;
  }

  private writers = new Map<string, Promise<void>>();

  private async runLocked(ds: DatasetSource, job: SandboxJob, timeLimitMs: number): Promise<JobOutcome> {
    const loaded = await this.dataset(ds);
    const client = await this.pool.connect();
    this.counters.jobs++;
    const pid = await backendPid(client);
    const conn = connection(client);
    const prelude = [
      // Concurrent writers on one dataset (other processes too) would see each other's sequence
      // values and row locks: serialise them, before the timeout starts counting.
      ...(job.writes ? [`SELECT pg_advisory_xact_lock(${loaded.lockKey})`] : []),
      ...SESSION_SETTINGS.map((s) => s.replace(/^SET /, "SET LOCAL ")),
      `SET LOCAL search_path = ${loaded.schema}, public`,
      `SET LOCAL statement_timeout = ${Math.max(1, Math.round(timeLimitMs))}`,
    ];
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let destroy = false;
    try {
      const timeout = new Promise<"timeout">((resolve) => { timer = setTimeout(() => resolve("timeout"), timeLimitMs + 250); });
      const run = executeJob(conn, job, loaded.baseline, prelude);
      const r = await Promise.race([run, timeout]);
      if (r === "timeout") {
        destroy = true;
        this.counters.timeouts++;
        void this.stop(pid, run);
        return { kind: "timeout", timeMs: performance.now() - started };
      }
      if (r.poisoned) destroy = true;
      // statement_timeout fired inside PostgreSQL: the same verdict as the wall clock.
      if (r.steps.some((s) => !s.ok && s.error.code === "57014")) {
        this.counters.timeouts++;
        return { kind: "timeout", timeMs: performance.now() - started };
      }
      return { kind: "done", result: r };
    } catch (e) {
      destroy = true;
      return { kind: "crashed", message: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(timer);
      client.release(destroy ? true : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  // Cancel the runaway statement from a fresh connection (a role may signal its own backends);
  // terminate it if the cancel is ignored.
  private async stop(pid: number, run: Promise<unknown>): Promise<void> {
    this.counters.cancels++;
    const admin = new pg.Client({ connectionString: this.options.url });
    try {
      await admin.connect();
      await admin.query("SELECT pg_cancel_backend($1)", [pid]);
      const settled = await Promise.race([run.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), 500))]);
      if (!settled) await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    } catch {
      // The backend may already be gone; the client is destroyed either way.
    } finally {
      await admin.end().catch(() => undefined);
    }
  }

  private dataset(ds: DatasetSource): Promise<LoadedDataset> {
    let p = this.loaded.get(ds.name);
    if (!p) {
      p = this.load(ds);
      p.catch(() => this.loaded.delete(ds.name));
      this.loaded.set(ds.name, p);
    }
    return p;
  }

  // Load (or reload, when its SQL changed) a dataset into its own schema, under a lock so several
  // processes sharing the sandbox database do not load it twice.
  private async load(ds: DatasetSource): Promise<LoadedDataset> {
    const hash = createHash("sha256").update(ds.sql).digest("hex");
    const schema = `ds_${ds.name.replace(/[^A-Za-z0-9_]/g, "_").toLowerCase()}`.slice(0, 60);
    const lockKey = parseInt(hash.slice(0, 7), 16);
    const client = await this.pool.connect();
    try {
      await assertRestricted(client);
      await client.query("SELECT pg_advisory_lock(42424242)");
      await client.query(`CREATE TABLE IF NOT EXISTS ${META} (name text PRIMARY KEY, hash text NOT NULL, schemas text[] NOT NULL)`);
      const meta = await client.query(`SELECT hash, schemas FROM ${META} WHERE name = $1`, [ds.name]);
      const row = meta.rows[0] as { hash: string; schemas: string | string[] } | undefined;
      let schemas = row ? parseTextArray(row.schemas) : [];
      if (!row || row.hash !== hash) {
        await client.query("BEGIN");
        for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(s)} CASCADE`);
        const before = await schemaNames(client);
        await client.query(`CREATE SCHEMA ${schema}`);
        await client.query(`SET LOCAL search_path = ${schema}, public`);
        await client.query(ds.sql); // trusted content: the simple protocol runs the whole script
        schemas = (await schemaNames(client)).filter((s) => !before.includes(s));
        await client.query(`INSERT INTO ${META} (name, hash, schemas) VALUES ($1, $2, $3)
          ON CONFLICT (name) DO UPDATE SET hash = EXCLUDED.hash, schemas = EXCLUDED.schemas`, [ds.name, hash, schemas]);
        await client.query("COMMIT");
        await client.query("ANALYZE");
      }
      const role = await client.query("SELECT current_user::text AS r");
      const seq = await client.query(
        "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS last, start_value::text AS start FROM pg_sequences WHERE schemaname = ANY($1::text[])",
        [schemas]);
      const sequences: SequenceState[] = seq.rows.map((r: { name: string; last: string | null; start: string }) => ({ name: r.name, lastValue: r.last, startValue: r.start }));
      return { schema, lockKey, baseline: { role: String(role.rows[0].r), sequences } };
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw new Error(`loading dataset "${ds.name}" into the sandbox database failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(42424242)").catch(() => undefined);
      client.release();
    }
  }
}

// Refuse to judge as a privileged role: a superuser (or CREATEROLE/CREATEDB) sandbox could reach
// beyond its database, and an app's DATABASE_URL is exactly such a mistake.
async function assertRestricted(client: pg.PoolClient): Promise<void> {
  const r = await client.query("SELECT rolsuper OR rolcreaterole OR rolcreatedb AS privileged, current_user::text AS who FROM pg_roles WHERE rolname = current_user");
  const row = r.rows[0] as { privileged: boolean | string; who: string } | undefined;
  if (!row || row.privileged === true || row.privileged === "t") {
    throw new Error(`SQL_SANDBOX_URL connects as "${row?.who ?? "?"}", a privileged role; use a restricted role that owns only the sandbox database (see docs/sql-judge.md)`);
  }
}

function connection(client: pg.PoolClient): SqlConnection {
  return {
    async query(sql: string): Promise<RawResult> {
      // queryMode "extended": one command per message, as with PGlite's query().
      const r = await client.query({ text: sql, rowMode: "array", types: TEXT_TYPES, queryMode: "extended" } as pg.QueryConfig & { queryMode: string });
      return {
        fields: r.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
        rows: r.rows as unknown[][],
        command: r.command,
        ...(typeof r.rowCount === "number" ? { affectedRows: r.rowCount } : {}),
      };
    },
  };
}

async function backendPid(client: pg.PoolClient): Promise<number> {
  const c = client as pg.PoolClient & { sandboxPid?: number };
  if (c.sandboxPid === undefined) {
    const r = await client.query("SELECT pg_backend_pid() AS pid");
    c.sandboxPid = Number(r.rows[0].pid);
  }
  return c.sandboxPid;
}

async function schemaNames(client: pg.PoolClient): Promise<string[]> {
  const r = await client.query("SELECT nspname::text AS n FROM pg_namespace");
  return r.rows.map((x: { n: string }) => x.n);
}

function parseTextArray(v: string | string[]): string[] {
  if (Array.isArray(v)) return v;
  const inner = v.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",").map((s) => s.replace(/^"|"$/g, "")) : [];
}

function quoteIdent(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
