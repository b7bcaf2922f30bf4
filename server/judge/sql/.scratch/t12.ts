import { readFile } from "node:fs/promises";
import { createSqlJudge } from "../judge";
const shop = await readFile("server/judge/sql/fixtures/shop.sql", "utf8");
const judge = createSqlJudge({ datasetSql: async () => shop, timeLimitMs: 1500 });
const q: any = { id: "x", type: "query", dataset: "shop", reference: "select count(*) as n from orders", ordered: false, columnsByPosition: false };
console.log(await judge.judge(q, "select count(*) as n from orders"));
let maxLag = 0; let last = performance.now();
const tick = setInterval(() => { const now = performance.now(); maxLag = Math.max(maxLag, now - last); last = now; }, 10);
for (const sql of ["select pg_sleep(30)", "select repeat('x', 9000000) AS n"]) {
  const t0 = performance.now();
  const v = await judge.judge(q, sql);
  console.log(sql, v.verdict, v.message, performance.now() - t0, "lag", maxLag, judge.backend.stats?.());
  maxLag = 0;
}
clearInterval(tick);
await judge.close();
