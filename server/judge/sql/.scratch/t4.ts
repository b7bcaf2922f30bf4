import { readFile } from "node:fs/promises";
import { createSqlJudge } from "../judge";
const dir = "/work/shared/peer/pgexercises";
const datasetSql = await readFile(`${dir}/clubdata.sql`, "utf8");
const ex = JSON.parse(await readFile(`${dir}/exercises.json`, "utf8")) as { id: string; reference: string; ordered: boolean; accept: string[] }[];
const judge = createSqlJudge({ maxWorkers: 2 });
const t0 = performance.now();
let bad = 0;
await Promise.all(ex.map(async (e) => {
  for (const sql of [e.reference, ...e.accept]) {
    const v = await judge.judgeAdHoc({ datasetSql, expectedSql: e.reference, sql, ordered: e.ordered });
    if (v.verdict !== "accepted") { bad++; console.log(e.id, v.verdict, v.message, JSON.stringify(v.diff)?.slice(0, 300), "\n  SQL:", sql.slice(0, 200)); }
  }
}));
console.log("bad", bad, performance.now() - t0);
await judge.close();
