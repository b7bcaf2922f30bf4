import { readFile } from "node:fs/promises";
import { PglitePool } from "../pglite-pool";
const pool = new PglitePool({ maxWorkers: 2 });
const ds = { name: "clubdata", sql: await readFile("/work/shared/peer/pgexercises/clubdata.sql", "utf8") };
await pool.warm(ds);
const job = (sql: string) => ({ steps: [{ sql: "SET TRANSACTION READ ONLY", mode: "exec" as const }, { sql, mode: "rows" as const, user: true }], maxRows: 10000, maxBytes: 8e6, writes: false });
for (let i = 0; i < 8; i++) {
  const t = performance.now();
  const r = await pool.runJob(ds, job(`select count(*) from cd.facilities where ${i}=${i}`), 2000);
  console.log(performance.now() - t, r.kind === "done" ? r.result.steps.map(s => s.timeMs.toFixed(1)) : r);
}
await pool.close();
