import { loadSqlContent } from "../problem-loader";
import { createSqlJudge } from "../judge";
const c = await loadSqlContent();
const only = process.argv.slice(2);
const judge = createSqlJudge({});
for (const p of c.problems.filter(p => only.length === 0 || only.includes(p.id) || only.includes(p.type))) {
  const t0 = performance.now();
  const v = await judge.judge(p, p.reference);
  console.log("REF", p.id, p.type, v.verdict, v.message, Math.round(performance.now() - t0));
  for (const w of p.wrong) {
    const x = await judge.judge(p, w.sql);
    if (x.verdict !== "wrong_answer") console.log("  WRONG", p.id, x.verdict, x.message, "\n", w.sql);
  }
}
await judge.close();
