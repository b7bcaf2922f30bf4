/**
 * The Today and Progress APIs for a user with 5,000 review logs (and the cards they
 * imply), measured through the real app, beside GET /healthz in the same run.
 */
import { resolve } from "node:path";
import { buildApp } from "../server/app";
import { loadConfig, REPO_ROOT } from "../server/config";
import { createContext } from "../server/context";
import { openDatabase } from "../server/db/database";
import { syncQuestionBank } from "../server/services/content-sync";
import { localDay } from "../server/services/practice/local-day";
import { newCardState, reviewCard, type RatingValue } from "../server/services/practice/scheduler";
import { percentile } from "./load";

const LOGS = 5000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

export async function benchToday() {
  const database = await openDatabase({});
  const config = loadConfig({ LOG_LEVEL: "silent", CONTENT_DIR: resolve(REPO_ROOT, "content") });
  const now = new Date();
  const ctx = createContext(config, database, { now: () => now });
  await syncQuestionBank(config.CONTENT_DIR, ctx.services.questionsRepo);
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();

  const user = await ctx.services.auth.createUser({ email: "bench@example.com", password: "bench password", displayName: "Bench" });
  const { token } = await ctx.services.auth.login("bench@example.com", "bench password");
  const questions = (await ctx.services.questionsRepo.catalog()).slice(0, 250);

  // 5,000 reviews over 200 days across 250 questions, replayed through the scheduler.
  const cards = new Map<string, ReturnType<typeof newCardState>>();
  const logs = [];
  const start = now.getTime() - 200 * 86_400_000;
  for (let i = 0; i < LOGS; i++) {
    const q = questions[i % questions.length]!;
    const at = new Date(start + Math.floor((i / LOGS) * 200 * 86_400_000));
    const rating = ((i * 7) % 4) + 1;
    cards.set(q.id, reviewCard(cards.get(q.id) ?? newCardState(at), rating as RatingValue, at));
    logs.push({ itemType: "question" as const, itemId: q.id, rating, score: null, source: "flashcard" as const, reviewedAt: at.toISOString(), localDay: localDay(at, "UTC") });
  }
  await ctx.services.practice.importProgress(user.id, {
    format: "backprep-progress",
    version: 1,
    exportedAt: now.toISOString(),
    plan: { targetRole: "Backend", targetLevel: "mid", focusTopics: [], interviewDate: null, dailyMinutes: 60, desiredRetention: 0.9 },
    cards: [...cards].map(([id, c]) => ({ ...c, itemType: "question" as const, itemId: id, topic: questions.find((q) => q.id === id)!.topic, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null, lastGrade: 0.8 })),
    reviewLogs: logs,
  });

  const headers = { cookie: `bp_session=${token}` };
  const measure = async (url: string) => {
    for (let i = 0; i < 10; i++) await app.inject({ url, headers }); // warm-up
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const res = await app.inject({ url, headers });
      times.push(performance.now() - t0);
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  };
  const result = { today: await measure("/api/v1/today"), progress: await measure("/api/v1/progress"), healthz: await measure("/healthz") };
  await app.close();
  await database.close();
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchToday();
  console.log(`GET /api/v1/today    (5,000 review logs) p50 ${r.today.p50.toFixed(2)} ms  p95 ${r.today.p95.toFixed(2)} ms`);
  console.log(`GET /api/v1/progress (5,000 review logs) p50 ${r.progress.p50.toFixed(2)} ms  p95 ${r.progress.p95.toFixed(2)} ms`);
  console.log(`GET /healthz baseline                    p50 ${r.healthz.p50.toFixed(2)} ms  p95 ${r.healthz.p95.toFixed(2)} ms; ratio today/healthz p95 ${(r.today.p95 / r.healthz.p95).toFixed(1)}`);
}
