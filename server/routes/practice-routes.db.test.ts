import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncQuestionBank } from "../services/content-sync";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";
import { writeQuestion } from "../test/question-factory";

let t: TestApp;
let dir: string;
let clock = new Date("2026-11-28T09:00:00Z");
const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
const DAY = 86_400_000;

beforeAll(async () => {
  // Questions only: the repository's coding and SQL problems would join the catalogue otherwise.
  t = await createTestApp({}, { now: () => clock, staticProblems: async () => [] });
  dir = await mkdtemp(join(tmpdir(), "content-"));
  for (const [i, topic] of ["caching", "caching", "caching", "nosql", "nosql", "security"].entries()) {
    await writeQuestion(dir, { id: `q-${topic}-${i}`, topic, level: i % 2 ? "mid" : "junior" });
  }
  await syncQuestionBank(dir, t.ctx.services.questionsRepo);
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("plan and today", () => {
  it("shows a helpful empty state, then today's items after onboarding", async () => {
    const user = await signedInAgent(t.app);
    const progress = (await user.get("/api/v1/progress")).json();
    expect(progress).toMatchObject({ streak: { current: 0 }, totalReviews: 0, readiness: { score: 0 } });
    expect((await user.get("/api/v1/plan")).json()).toEqual({ plan: null });

    const plan = await user.put("/api/v1/plan", { targetRole: "Backend engineer", targetLevel: "mid", focusTopics: ["caching", "nosql"], interviewDate: "2026-12-03", dailyMinutes: 30, timeZone: "Europe/Berlin" });
    expect(plan.statusCode, plan.body).toBe(200);
    // 5 unstarted focus items over (5 days − 2) → 2 a day.
    expect(plan.json().plan).toMatchObject({ newPerDay: 2, onTrack: true, daysLeft: 5 });

    const today = (await user.get("/api/v1/today")).json();
    expect(today).toMatchObject({ today: "2026-11-28", timeZone: "Europe/Berlin", newCount: 2, dueCount: 0 });
    expect(today.items.every((i: { topic: string }) => ["caching", "nosql"].includes(i.topic))).toBe(true);
    expect(new Set(today.items.map((i: { topic: string }) => i.topic)).size).toBe(2); // mixed topics
    expect(today.estimatedMinutes).toBe(10);
    expect(today.items[0].intervals).toMatchObject({ 1: expect.any(String), 4: expect.any(String) });
  });

  it("rejects a bad plan naming the field", async () => {
    const user = await signedInAgent(t.app);
    const res = await user.put("/api/v1/plan", { targetRole: "x", targetLevel: "guru", dailyMinutes: 2, interviewDate: "2026-02-30" });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["body.targetLevel", "body.dailyMinutes", "body.interviewDate"]));
    const past = await user.put("/api/v1/plan", { targetRole: "x", targetLevel: "mid", dailyMinutes: 30, interviewDate: "2020-01-01" });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe("body.interviewDate");
  });
});

describe("reviews", () => {
  it("schedules, guards against a second tab, and undoes the last rating", async () => {
    const user = await signedInAgent(t.app);
    const item = (await user.get("/api/v1/today")).json().items[0];
    const first = await user.post("/api/v1/reviews", { itemType: item.itemType, itemId: item.itemId, rating: 3, expectedVersion: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(1);

    // A second tab still holding version 0 gets a conflict, not a corrupted card.
    const stale = await user.post("/api/v1/reviews", { itemType: item.itemType, itemId: item.itemId, rating: 1, expectedVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].field).toBe("body.expectedVersion");

    const undo = await user.post("/api/v1/reviews/undo");
    expect(undo.json()).toEqual({ itemType: item.itemType, itemId: item.itemId });
    expect((await user.post("/api/v1/reviews/undo")).statusCode).toBe(409);
    // Undoing the first rating of a new item makes it new again.
    const again = (await user.get("/api/v1/today")).json();
    expect(again.items.some((i: { itemId: string; kind: string }) => i.itemId === item.itemId && i.kind === "new")).toBe(true);
  });

  it("two concurrent ratings of one card: one wins, the other conflicts", async () => {
    const user = await signedInAgent(t.app);
    const item = (await user.get("/api/v1/today")).json().items[0];
    await user.post("/api/v1/reviews", { itemType: item.itemType, itemId: item.itemId, rating: 3 });
    const results = await Promise.all([3, 4].map((rating) => user.post("/api/v1/reviews", { itemType: item.itemType, itemId: item.itemId, rating, expectedVersion: 1 })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it("refuses unknown items and bad ratings", async () => {
    const user = await signedInAgent(t.app);
    expect((await user.post("/api/v1/reviews", { itemType: "question", itemId: "nope", rating: 3 })).statusCode).toBe(404);
    const bad = await user.post("/api/v1/reviews", { itemType: "question", itemId: "q-caching-0", rating: 5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("body.rating");
    expect((await agent(t.app).get("/api/v1/today")).statusCode).toBe(401);
  });

  it("counts a streak by local days and brings cards back when due", async () => {
    clock = new Date("2026-11-20T22:30:00Z"); // 23:30 in Berlin
    const user = await signedInAgent(t.app);
    await user.put("/api/v1/plan", { targetRole: "Backend", targetLevel: "junior", dailyMinutes: 60, timeZone: "Europe/Berlin" });
    for (let day = 0; day < 3; day++) {
      const today = (await user.get("/api/v1/today")).json();
      const item = today.items.find((i: { kind: string }) => i.kind === "new");
      expect((await user.post("/api/v1/reviews", { itemType: item.itemType, itemId: item.itemId, rating: 3 })).statusCode).toBe(200);
      advance(DAY);
    }
    const progress = (await user.get("/api/v1/progress")).json();
    expect(progress.streak).toMatchObject({ current: 3, practisedToday: false });
    expect(progress.heatmap.filter((d: { count: number }) => d.count > 0).map((d: { day: string }) => d.day)).toEqual(["2026-11-20", "2026-11-21", "2026-11-22"]);
    expect(progress.totalReviews).toBe(3);
    expect(progress.forecast).toHaveLength(14);
    expect(progress.mastery.find((m: { topic: string }) => m.topic === "caching").practised).toBeGreaterThan(0);

    advance(20 * DAY);
    const later = (await user.get("/api/v1/today")).json();
    expect(later.dueCount).toBe(3);
    expect(later.items.filter((i: { kind: string }) => i.kind === "review")).toHaveLength(3);
  });
});

describe("graded attempts feed the schedule", () => {
  it("an answer creates a card rated from its score", async () => {
    clock = new Date("2026-11-28T09:00:00Z");
    const user = await signedInAgent(t.app);
    const res = await user.post("/api/v1/questions/q-caching-0/attempts", { answer: "Key point number 1 of q-caching-0 and key point number 2 of q-caching-0" });
    expect(res.statusCode).toBe(201);
    const progress = (await user.get("/api/v1/progress")).json();
    expect(progress.totalReviews).toBe(1);
    // Undo only undoes flashcard ratings, never a graded attempt.
    expect((await user.post("/api/v1/reviews/undo")).statusCode).toBe(409);
  });
});

describe("export, import and account deletion", () => {
  it("round-trips progress through an export, and deletes every row of the user", async () => {
    clock = new Date("2026-11-28T09:00:00Z");
    const user = await signedInAgent(t.app);
    await user.put("/api/v1/plan", { targetRole: "Backend", targetLevel: "mid", dailyMinutes: 45 });
    const item = (await user.get("/api/v1/today")).json().items[0];
    await user.post("/api/v1/reviews", { itemType: item.itemType, itemId: item.itemId, rating: 4 });
    const exported = (await user.get("/api/v1/me/progress-export")).json();
    expect(exported).toMatchObject({ format: "backprep-progress", version: 1, cards: [expect.objectContaining({ itemId: item.itemId })], reviewLogs: [expect.objectContaining({ rating: 4 })] });

    const other = await signedInAgent(t.app);
    const imported = await other.post("/api/v1/me/progress-import", exported);
    expect(imported.json()).toEqual({ cards: 1, reviewLogs: 1 });
    expect((await other.get("/api/v1/progress")).json().totalReviews).toBe(1);
    expect((await other.get("/api/v1/plan")).json().plan).toMatchObject({ dailyMinutes: 45 });

    const broken = await other.post("/api/v1/me/progress-import", { ...exported, cards: [{ ...exported.cards[0], state: 9 }] });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].field).toBe("body.cards.0.state");
    expect((await other.get("/api/v1/progress")).json().totalReviews).toBe(1); // nothing lost

    expect((await user.delete("/api/v1/me", { "content-type": "application/json" })).statusCode).toBe(400);
    const wrong = await t.app.inject({ method: "DELETE", url: "/api/v1/me", headers: { host: "localhost:80", origin: "http://localhost:80", "content-type": "application/json", cookie: [...user.jar].map(([k, v]) => `${k}=${v}`).join("; ") }, payload: JSON.stringify({ password: "wrong password" }) });
    expect(wrong.statusCode).toBe(401);
    const deleted = await t.app.inject({ method: "DELETE", url: "/api/v1/me", headers: { host: "localhost:80", origin: "http://localhost:80", "content-type": "application/json", cookie: [...user.jar].map(([k, v]) => `${k}=${v}`).join("; ") }, payload: JSON.stringify({ password: user.password }) });
    expect(deleted.statusCode).toBe(204);
    const { rows } = (await t.database.db.execute(
      // Every table with a user_id column holds nothing of the deleted user.
      (await import("drizzle-orm")).sql`select (select count(*) from cards where user_id = ${user.user.id})::int + (select count(*) from review_logs where user_id = ${user.user.id})::int + (select count(*) from study_plans where user_id = ${user.user.id})::int + (select count(*) from sessions where user_id = ${user.user.id})::int + (select count(*) from users where id = ${user.user.id})::int as n`,
    )) as unknown as { rows: { n: number }[] };
    expect(rows[0]?.n).toBe(0);
    expect((await user.get("/api/v1/me")).statusCode).toBe(401);
  });
});

describe("coding and SQL problems as practice items", () => {
  it("mixes them into today's plan when focused, and records judged submissions", async () => {
    const withProblems = await createTestApp({}, {
      now: () => new Date("2026-11-28T09:00:00Z"),
      staticProblems: async () => [
        { itemType: "sql", id: "top-customers", title: "Top customers", difficulty: "easy" },
        { itemType: "coding", id: "lru-cache", title: "LRU cache", difficulty: "medium" },
      ],
    });
    try {
      const user = await signedInAgent(withProblems.app);
      await user.put("/api/v1/plan", { targetRole: "Backend", targetLevel: "junior", focusTopics: ["sql", "coding"], dailyMinutes: 60 });
      const today = (await user.get("/api/v1/today")).json();
      expect(today.items.map((i: { itemType: string }) => i.itemType).sort()).toEqual(["coding", "sql"]);
      expect(today.estimatedMinutes).toBe(28);
      await withProblems.ctx.services.practice.recordAttempt(user.user.id, "sql", "top-customers", 0.8);
      expect((await user.get("/api/v1/progress")).json().mastery.find((m: { topic: string }) => m.topic === "sql").practised).toBe(1);
    } finally {
      await withProblems.close();
    }
  });
});
