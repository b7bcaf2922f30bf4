import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { createQuestionsRepository, type QuestionsRepository } from "../db/repositories/questions-repository";
import { createUsersRepository } from "../db/repositories/users-repository";
import { createTestDatabase } from "../test/test-database";
import { syncQuestions } from "../test/question-factory";
import { createQuestionsService } from "./questions-service";

let database: Database;
let repo: QuestionsRepository;
let reads = 0;
let clock = 0;
let service: ReturnType<typeof createQuestionsService>;

beforeAll(async () => {
  database = await createTestDatabase();
  repo = createQuestionsRepository(database.db);
});
afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await syncQuestions(repo, [
    { id: "cache-basics", title: "What is caching?", related: ["cache-stampede"] },
    { id: "cache-stampede", title: "What is a cache stampede?" },
  ]);
  // A repository that counts the reads of a question row, and a clock the test moves.
  const counting: QuestionsRepository = { ...repo, findById: (id) => (reads++, repo.findById(id)) };
  reads = 0;
  clock = 0;
  service = createQuestionsService(counting, () => clock);
});

describe("published question details", () => {
  it("are read from the database once, then served from memory", async () => {
    const first = await service.get("cache-basics");
    const second = await service.get("cache-basics");
    expect(second).toEqual(first);
    expect(first.related).toEqual([{ id: "cache-stampede", title: "What is a cache stampede?" }]);
    expect(reads).toBe(1);
  });

  it("are reloaded as soon as a content sync changes a question, or a related one", async () => {
    await service.get("cache-basics");
    await syncQuestions(repo, [
      { id: "cache-basics", title: "What is caching, really?", related: ["cache-stampede"] },
      { id: "cache-stampede", title: "What is a thundering herd?" },
    ]);
    const fresh = await service.get("cache-basics");
    expect(fresh.title).toBe("What is caching, really?");
    expect(fresh.related).toEqual([{ id: "cache-stampede", title: "What is a thundering herd?" }]);
    expect(reads).toBe(2);
  });

  it("disappear when the sync retires the question", async () => {
    await service.get("cache-stampede");
    await syncQuestions(repo, [{ id: "cache-basics", title: "What is caching?" }]);
    await expect(service.get("cache-stampede")).rejects.toMatchObject({ status: 404 });
  });

  it("are reloaded after the time-to-live, for changes made by another process", async () => {
    await service.get("cache-basics");
    clock += 59_000;
    await service.get("cache-basics");
    expect(reads).toBe(1);
    clock += 2_000;
    await service.get("cache-basics");
    expect(reads).toBe(2);
  });

  it("still answer bookmarks per user, never from another user's cache entry", async () => {
    const user = await createUsersRepository(database.db).insert({ email: "reader@example.com", displayName: "Reader", passwordHash: "not-a-real-hash" });
    const userId = user!.id;
    await repo.setBookmark(userId, "cache-basics", true);
    expect(await service.get("cache-basics", userId)).toMatchObject({ bookmarked: true });
    expect(await service.get("cache-basics")).not.toHaveProperty("bookmarked");
    await repo.setBookmark(userId, "cache-basics", false);
    expect(await service.get("cache-basics", userId)).toMatchObject({ bookmarked: false });
  });

  it("never cache a question that does not exist", async () => {
    await expect(service.get("no-such-question")).rejects.toMatchObject({ status: 404 });
    await expect(service.get("no-such-question")).rejects.toMatchObject({ status: 404 });
    expect(reads).toBe(2);
  });
});
