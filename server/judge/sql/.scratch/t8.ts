import { loadSqlContent } from "../problem-loader";
import { createSqlJudge } from "../judge";
const c = await loadSqlContent();
const judge = createSqlJudge({});
const t0 = performance.now();
for (const p of c.problems) {
  const v = await judge.judge(p, p.reference);
  if (v.verdict !== "accepted") console.log("REF", p.id, p.type, v.verdict, v.message);
  for (const w of p.wrong) {
    const x = await judge.judge(p, w.sql);
    if (x.verdict !== "wrong_answer") console.log("WRONG", p.id, x.verdict, x.message);
  }
}
console.log(c.problems.map(p=>p.type).join(","), performance.now() - t0);
await judge.close();
