// SQL judge benchmark: warm verdict latency and throughput of the PGlite pool on a typical
// join/aggregate problem (pgexercises' facility revenue), beside the same query and the same
// verdict on the local PostgreSQL in the same run, plus the pool's memory.
// Run: npx tsx bench/sql-judge.ts   (PG part needs BENCH_PG_URL or TEST_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres; it creates and drops its own database.)

import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createSqlJudge, type SqlJudge } from "../server/judge/sql/judge";
import { PostgresBackend } from "../server/judge/sql/postgres-backend";
import { provisionSandboxDatabase } from "../server/judge/sql/postgres-provision";

const repoRoot = path.resolve(import.meta.dirname, "..");
const peer = path.resolve(repoRoot, "../shared/peer/pgexercises/clubdata.sql");
const datasetSql = await readFile(peer, "utf8");
const REFERENCE = `select facs.name, sum(slots * case when memid = 0 then facs.guestcost else facs.membercost end) as revenue
  from cd.bookings bks inner join cd.facilities facs on bks.facid = facs.facid group by facs.name order by revenue`;
const SUBMISSION = `select f.name, sum(b.slots * (case when b.memid = 0 then f.guestcost else f.membercost end)) as revenue
  from cd.facilities f join cd.bookings b using (facid) group by f.name order by 2`;
const N_LATENCY = 60;
const N_THROUGHPUT = 200;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.95)]!; };
const mb = (b: number) => Math.round(b / 1e6);

async function measure(judge: SqlJudge, label: string) {
  const problem = { datasetSql, expectedSql: REFERENCE, sql: SUBMISSION, ordered: true };
  const c0 = performance.now();
  await judge.judgeAdHoc(problem);
  const firstMs = performance.now() - c0;
  for (let i = 0; i < 5; i++) {
    const v = await judge.judgeAdHoc(problem);
    if (v.verdict !== "accepted") throw new Error(`${label}: ${v.verdict} ${v.message}`);
  }
  const lat: number[] = [];
  for (let i = 0; i < N_LATENCY; i++) {
    const t0 = performance.now();
    await judge.judgeAdHoc(problem);
    lat.push(performance.now() - t0);
  }
  let left = N_THROUGHPUT;
  // CPU time of this process, worker threads included: what a verdict costs whatever the load.
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all([0, 1, 2, 3].map(async () => { while (left-- > 0) await judge.judgeAdHoc(problem); }));
  const perSec = N_THROUGHPUT / ((performance.now() - t0) / 1000);
  const cpu = process.cpuUsage(cpu0);
  const cpuMsPerVerdict = (cpu.user + cpu.system) / 1000 / N_THROUGHPUT;
  return { firstMs, medianMs: median(lat), p95Ms: p95(lat), verdictsPerSec: perSec, cpuMsPerVerdict };
}

async function rawPgQueryMedian(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const t: number[] = [];
    for (let i = 0; i < N_LATENCY; i++) { const t0 = performance.now(); await c.query(SUBMISSION); t.push(performance.now() - t0); }
    return median(t);
  } finally {
    await c.end();
  }
}

const load0 = os.loadavg()[0]!;
const rss0 = process.memoryUsage().rss;
const lite = createSqlJudge({ maxWorkers: 2 });
const pglite = await measure(lite, "pglite");
const rssPool = process.memoryUsage().rss;
const stats = lite.backend.stats?.();
await lite.close();

let postgres: Awaited<ReturnType<typeof measure>> & { rawQueryMs: number } | undefined;
const adminUrl = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const db = "backprep_sqljudge_bench";
try {
  const url = await provisionSandboxDatabase({ adminUrl, database: db, role: "backprep_sqljudge_sandbox" });
  const backend = new PostgresBackend({ url, maxConnections: 4 });
  const pgJudge = createSqlJudge({ backend });
  const m = await measure(pgJudge, "postgres");
  await pgJudge.close();
  postgres = { ...m, rawQueryMs: await rawPgQueryMedian(url) };
} catch (e) {
  console.error(`PostgreSQL part skipped: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect().then(() => admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`)).catch(() => undefined);
  await admin.end().catch(() => undefined);
}

const out = {
  machine: { cores: os.cpus().length, loadAvgStart: Number(load0.toFixed(1)), loadAvgEnd: Number(os.loadavg()[0]!.toFixed(1)) },
  pglite: {
    firstVerdictMs: Math.round(pglite.firstMs),
    warmVerdictMedianMs: Number(pglite.medianMs.toFixed(1)),
    warmVerdictP95Ms: Number(pglite.p95Ms.toFixed(1)),
    verdictsPerSec: Number(pglite.verdictsPerSec.toFixed(1)),
    cpuMsPerVerdict: Number(pglite.cpuMsPerVerdict.toFixed(1)),
    // What 2 uncontended cores would sustain at that CPU cost.
    cpuBoundVerdictsPerSecOn2Cores: Number((2000 / pglite.cpuMsPerVerdict).toFixed(0)),
    poolRssMb: mb(rssPool - rss0),
    processRssMb: mb(rssPool),
    workers: stats?.workers,
  },
  postgres: postgres && {
    warmVerdictMedianMs: Number(postgres.medianMs.toFixed(1)),
    warmVerdictP95Ms: Number(postgres.p95Ms.toFixed(1)),
    verdictsPerSec: Number(postgres.verdictsPerSec.toFixed(1)),
    clientCpuMsPerVerdict: Number(postgres.cpuMsPerVerdict.toFixed(1)),
    rawQueryMedianMs: Number(postgres.rawQueryMs.toFixed(2)),
  },
  ratio: postgres && { verdictMedianPgliteOverPostgres: Number((pglite.medianMs / postgres.medianMs).toFixed(2)) },
};
console.log(JSON.stringify(out, null, 2));
