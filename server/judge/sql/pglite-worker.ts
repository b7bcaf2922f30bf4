// Worker-thread entry for one PGlite sandbox. Builds templates (initdb, dataset load) or serves
// judge jobs on an in-memory clone of a dataset template. Living in its own thread is what makes
// the wall-clock limit real: PGlite ignores statement_timeout while it blocks its event loop, so
// the host stops a runaway query with worker.terminate() and never waits on this thread.

import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { executeJob, readBaseline, type RawResult, type SessionBaseline, type SqlConnection } from "./job-executor";
import { SESSION_SETTINGS, type SandboxJob } from "./sandbox-protocol";

export type WorkerRequest =
  | { type: "build-base" }
  | { type: "build-dataset"; base: Uint8Array; sql: string }
  | { type: "start"; data: Uint8Array; searchPath: string }
  | { type: "job"; id: number; job: SandboxJob };

export type WorkerReply =
  | { type: "built"; data: Uint8Array; searchPath: string }
  | { type: "ready" }
  | { type: "result"; id: number; result: Awaited<ReturnType<typeof executeJob>> }
  | { type: "failed"; message: string };

interface Init {
  wasmModule: WebAssembly.Module;
  fsBundle: Uint8Array;
}

/** The role submissions run as inside PGlite (created by the base template). */
export const SANDBOX_ROLE = "sandbox";

const init = workerData as Init;
const port = parentPort!;
let db: PGlite | undefined;
let conn: SqlConnection | undefined;
let baseline: SessionBaseline | undefined;

function create(options: { loadDataDir?: Blob; username?: string }): Promise<PGlite> {
  return PGlite.create({
    pgliteWasmModule: init.wasmModule,
    fsBundle: new Blob([new Uint8Array(init.fsBundle)]),
    ...options,
  });
}

async function dump(pg: PGlite): Promise<Uint8Array> {
  const blob = await pg.dumpDataDir("none");
  return new Uint8Array(await blob.arrayBuffer());
}

async function buildBase(): Promise<Uint8Array> {
  const pg = await create({});
  // The sandbox role owns the dataset (so DDL problems can alter it) but is no superuser;
  // set_config is revoked so a SELECT cannot change the role or settings behind the policy's back.
  await pg.exec(`
    CREATE ROLE ${SANDBOX_ROLE} LOGIN;
    GRANT CREATE, TEMPORARY ON DATABASE postgres TO ${SANDBOX_ROLE};
    GRANT ALL ON SCHEMA public TO ${SANDBOX_ROLE};
    REVOKE EXECUTE ON FUNCTION set_config(text, text, boolean) FROM PUBLIC;
  `);
  return dump(pg);
}

async function buildDataset(base: Uint8Array, sql: string): Promise<{ data: Uint8Array; searchPath: string }> {
  const pg = await create({ loadDataDir: new Blob([new Uint8Array(base)]) });
  await pg.exec(`SET ROLE ${SANDBOX_ROLE}`);
  await pg.exec(sql);
  // Datasets may SET search_path (clubdata does); that is session state, so record it for clones.
  const sp = await pg.query<{ search_path: string }>("SHOW search_path");
  await pg.exec("RESET ROLE; RESET ALL; ANALYZE;");
  return { data: await dump(pg), searchPath: sp.rows[0]?.search_path ?? "public" };
}

async function start(data: Uint8Array, searchPath: string): Promise<void> {
  db = await create({ loadDataDir: new Blob([new Uint8Array(data)]), username: SANDBOX_ROLE });
  // Every value comes back as PostgreSQL's text; the comparison normalises by type OID.
  const oids = await db.query<[number]>("SELECT oid::int FROM pg_type", [], { rowMode: "array" });
  const parsers: Record<number, (x: string) => string> = {};
  for (const [oid] of oids.rows) parsers[oid] = (x: string) => x;
  const pg = db;
  conn = {
    async query(sql: string): Promise<RawResult> {
      // query() uses the extended protocol: one command per call, whatever the text holds.
      const r = await pg.query(sql, [], { rowMode: "array", parsers });
      return {
        fields: r.fields,
        rows: r.rows as unknown[][],
        ...(r.affectedRows !== undefined ? { affectedRows: r.affectedRows } : {}),
        ...((r as { command?: string }).command !== undefined ? { command: (r as { command?: string }).command } : {}),
      };
    },
  };
  for (const s of SESSION_SETTINGS) await conn.query(s);
  await conn.query(`SET search_path = ${searchPath}`);
  baseline = await readBaseline(conn);
}

port.on("message", async (msg: WorkerRequest) => {
  try {
    switch (msg.type) {
      case "build-base": {
        const data = await buildBase();
        post({ type: "built", data, searchPath: "public" }, [data.buffer as ArrayBuffer]);
        break;
      }
      case "build-dataset": {
        const { data, searchPath } = await buildDataset(msg.base, msg.sql);
        post({ type: "built", data, searchPath }, [data.buffer as ArrayBuffer]);
        break;
      }
      case "start":
        await start(msg.data, msg.searchPath);
        post({ type: "ready" });
        break;
      case "job": {
        if (!conn || !baseline) throw new Error("sandbox not started");
        const result = await executeJob(conn, msg.job, baseline);
        post({ type: "result", id: msg.id, result });
        break;
      }
    }
  } catch (e) {
    post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
});

function post(reply: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(reply, transfer);
}
