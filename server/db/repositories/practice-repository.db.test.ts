import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database";
import type { Database } from "../database";
import { dailyActivity, reviewLogs, users } from "../schema";
import { createPracticeRepository, type PracticeRepository } from "./practice-repository";
import { createUsersRepository } from "./users-repository";

let database: Database;
let repo: PracticeRepository;
let alice: string;
let bob: string;

beforeAll(async () => {
  database = await createTestDatabase();
  repo = createPracticeRepository(database.db);
  const accounts = createUsersRepository(database.db);
  const make = async (email: string) => (await accounts.insert({ email, passwordHash: "x", displayName: email }))!.id;
  alice = await make("alice@example.com");
  bob = await make("bob@example.com");
});
afterAll(async () => {
  await database?.close();
});

const GRADE = { 1: 0, 2: 0.5, 3: 0.8, 4: 1 } as Record<number, number>;

const log = (userId: string, localDay: string, rating: number, score: number | null = null) => ({
  userId,
  itemType: "question" as const,
  itemId: `q-${Math.random().toString(36).slice(2)}`,
  rating,
  score,
  source: score === null ? ("flashcard" as const) : ("attempt" as const),
  reviewedAt: new Date(`${localDay}T12:00:00Z`),
  localDay,
});

/** The daily activity computed straight from the user's review logs: what the summary must always equal. */
async function recomputed(userId: string) {
  const byDay = new Map<string, number[]>();
  for (const l of await repo.logs(userId)) byDay.set(l.localDay, [...(byDay.get(l.localDay) ?? []), l.score ?? GRADE[l.rating]!]);
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, grades]) => ({ day, reviews: grades.length, avgGrade: grades.reduce((s, g) => s + g, 0) / grades.length }));
}

async function expectSummaryMatchesLogs(userId: string) {
  const summary = await repo.dailyActivity(userId);
  const expected = await recomputed(userId);
  expect(summary.map((d) => ({ day: d.day, reviews: d.reviews }))).toEqual(expected.map((d) => ({ day: d.day, reviews: d.reviews })));
  summary.forEach((d, i) => expect(d.avgGrade).toBeCloseTo(expected[i]!.avgGrade, 9));
}

describe("daily activity summary", () => {
  it("follows every review added, undone, imported or edited, per user", async () => {
    await repo.insertLog(log(alice, "2026-11-01", 3));
    await repo.insertLog(log(alice, "2026-11-01", 1));
    const graded = await repo.insertLog(log(alice, "2026-11-02", 4, 0.35));
    await repo.insertLog(log(bob, "2026-11-01", 4));
    expect(await repo.dailyActivity(alice)).toEqual([
      { day: "2026-11-01", reviews: 2, avgGrade: 0.4 },
      { day: "2026-11-02", reviews: 1, avgGrade: 0.35 },
    ]);
    await expectSummaryMatchesLogs(bob);

    // Undoing the only review of a day removes the day: it no longer counts for the streak.
    await repo.deleteLog(graded.id);
    expect((await repo.dailyActivity(alice)).map((d) => d.day)).toEqual(["2026-11-01"]);

    // An import replaces the user's history in bulk.
    const imported = [log(alice, "2026-10-30", 2), log(alice, "2026-10-30", 4, 0.9), ...Array.from({ length: 600 }, (_, i) => log(alice, `2026-10-${String(1 + (i % 28)).padStart(2, "0")}`, 1 + (i % 4)))];
    await repo.replaceProgress(alice, [], imported);
    expect((await repo.dailyActivity(alice)).reduce((s, d) => s + d.reviews, 0)).toBe(602);
    await expectSummaryMatchesLogs(alice);
    await expectSummaryMatchesLogs(bob);

    // Should a review ever be edited, it moves to its new day.
    await database.db.update(reviewLogs).set({ localDay: "2026-12-24" }).where(eq(reviewLogs.userId, bob));
    expect(await repo.dailyActivity(bob)).toEqual([{ day: "2026-12-24", reviews: 1, avgGrade: 1 }]);
  });

  it("is deleted with its user", async () => {
    const carol = (await createUsersRepository(database.db).insert({ email: "carol@example.com", passwordHash: "x", displayName: "Carol" }))!.id;
    await repo.insertLog(log(carol, "2026-11-05", 3));
    expect(await repo.dailyActivity(carol)).toHaveLength(1);
    await database.db.delete(users).where(eq(users.id, carol));
    const [left] = await database.db.select({ n: sql<number>`count(*)::int` }).from(dailyActivity).where(eq(dailyActivity.userId, carol));
    expect(left!.n).toBe(0);
  });
});
