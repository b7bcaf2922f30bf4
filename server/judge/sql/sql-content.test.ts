// The content gate for SQL problems (what content-format.md promises "npm test" checks): every
// problem in content/sql must be accepted with its own reference and must reject each of its
// known-wrong submissions with wrong_answer (not an error: a wrong query that fails to run
// teaches nothing about the data).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlJudge, type SqlJudge } from "./judge";
import { PglitePool } from "./pglite-pool";
import { loadSqlContent, type SqlContent } from "./problem-loader";

let content: SqlContent;
let judge: SqlJudge;

beforeAll(async () => {
  content = await loadSqlContent();
  const byName = new Map(content.datasets.map((d) => [d.name, d.sql]));
  judge = createSqlJudge({
    backend: new PglitePool({ maxWorkers: 2 }),
    // Content is judged on a possibly loaded CI box: correctness here, speed in the bench.
    timeLimitMs: 10_000,
    datasetSql: async (name) => {
      const sql = byName.get(name);
      if (sql === undefined) throw new Error(`unknown dataset ${name}`);
      return sql;
    },
  });
});
afterAll(async () => { await judge?.close(); });

describe("content/sql problems", () => {
  it("accept their reference and reject every known-wrong submission", async () => {
    expect(content.errors).toEqual([]);
    // Grouped by dataset so the two sandboxes are not rebuilt between problems.
    const problems = [...content.problems].sort((a, b) => a.dataset.localeCompare(b.dataset) || a.id.localeCompare(b.id));
    const failures: string[] = [];
    const queue = [...problems];
    await Promise.all([0, 1].map(async () => {
      for (let p = queue.shift(); p; p = queue.shift()) {
        const ref = await judge.judge(p, p.reference);
        if (ref.verdict !== "accepted") failures.push(`${p.id}: reference → ${ref.verdict}: ${ref.message}`);
        for (const [i, w] of p.wrong.entries()) {
          const v = await judge.judge(p, w.sql);
          if (v.verdict !== "wrong_answer") failures.push(`${p.id}: wrong[${i}] (${w.why}) → ${v.verdict}: ${v.message}`);
        }
      }
    }));
    expect(failures).toEqual([]);
  }, 1_200_000);
});
