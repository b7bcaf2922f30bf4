import { readFile } from "node:fs/promises";
import { createSqlJudge } from "../judge";
const datasetSql = await readFile(`/work/shared/peer/pgexercises/clubdata.sql`, "utf8");
const judge = createSqlJudge({ maxWorkers: 2 });
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const v = await judge.judgeAdHoc({ datasetSql, expectedSql: "select count(*) from cd.facilities", sql: `select count(*) from cd.facilities where ${i}=${i}`, ordered: false });
  console.log(v.verdict, performance.now() - t0, judge.backend.stats?.());
}
await judge.close();
