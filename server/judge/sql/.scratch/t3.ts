import { readFile } from "node:fs/promises";
import { PglitePool } from "../pglite-pool";
const pool = new PglitePool({ maxWorkers: 2 });
const ds = { name: "clubdata", sql: await readFile("/work/shared/peer/pgexercises/clubdata.sql", "utf8") };
let t = performance.now();
await pool.warm(ds);
console.log("warm", performance.now() - t);
const job = (sql: string, mode: any = "rows") => ({ steps: [{ sql: "SET TRANSACTION READ ONLY", mode: "exec" as const }, { sql, mode, user: true }], maxRows: 10000, maxBytes: 8e6, writes: false });
for (const sql of ["select facid, sum(slots) from cd.bookings group by facid order by facid", "select count(*) from bookings", "select pg_sleep(5)", "select 1"]) {
  t = performance.now();
  const r = await pool.runJob(ds, job(sql), 2000);
  console.log(sql, performance.now() - t, JSON.stringify(r).slice(0, 400));
}
const times: number[] = [];
for (let i = 0; i < 50; i++) { t = performance.now(); await pool.runJob(ds, job("select mems.surname, count(*) from cd.members mems join cd.bookings b on b.memid = mems.memid group by mems.surname order by 2 desc"), 2000); times.push(performance.now() - t); }
times.sort((a, b) => a - b); console.log("median", times[25]);
console.log(pool.stats(), process.memoryUsage().rss / 1e6);
await pool.close();
