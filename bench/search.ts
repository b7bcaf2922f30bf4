/**
 * Full-text search over the whole bank: p50/p95 of ranked, highlighted searches,
 * beside an unfiltered first page (no search) measured in the same run as the baseline.
 */
import { resolve } from "node:path";
import { loadConfig, REPO_ROOT } from "../server/config";
import { createContext } from "../server/context";
import { openDatabase } from "../server/db/database";
import { syncQuestionBank } from "../server/services/content-sync";
import { percentile } from "./load";

const QUERIES = ["idempotency", "cache stampede", "isolation level", '"read committed"', "jwt -session", "load balancer health check", "kafka partition", "index", "n+1 queries", "p99 latency", "oauth pkce", "outbox pattern"];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function benchSearch() {
  const database = await openDatabase({});
  const config = loadConfig({ LOG_LEVEL: "silent", CONTENT_DIR: resolve(REPO_ROOT, "content") });
  const ctx = createContext(config, database);
  const report = await syncQuestionBank(config.CONTENT_DIR, ctx.services.questionsRepo);
  const search: number[] = [];
  const baseline: number[] = [];
  for (const q of QUERIES) await ctx.services.questions.list({ q, limit: 20 }); // warm-up
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      search.push(await time(() => ctx.services.questions.list({ q, limit: 20 })));
      baseline.push(await time(() => ctx.services.questions.list({ limit: 20 })));
    }
  }
  await database.close();
  search.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  return { questions: report.total, searches: search.length, p50: percentile(search, 50), p95: percentile(search, 95), baselineP95: percentile(baseline, 95) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchSearch();
  console.log(`search over ${r.questions} questions, ${r.searches} searches: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`);
  console.log(`baseline (first page, no search) p95 ${r.baselineP95.toFixed(2)} ms; ratio search/baseline ${(r.p95 / r.baselineP95).toFixed(2)}`);
}
