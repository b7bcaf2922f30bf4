import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { createQuestionsRepository, type QuestionsRepository } from "../../db/repositories/questions-repository";
import { createTestDatabase } from "../../test/test-database";
import { syncQuestions } from "../../test/question-factory";
import { createPracticeCatalog } from "./catalog";

let database: Database;
let repo: QuestionsRepository;

beforeAll(async () => {
  database = await createTestDatabase();
  repo = createQuestionsRepository(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe("practice catalog", () => {
  it("lists published questions and static problems, reading the questions once until they change", async () => {
    await syncQuestions(repo, [{ id: "queue-basics" }, { id: "cache-basics" }]);
    let reads = 0;
    let clock = 0;
    const counting: QuestionsRepository = { ...repo, catalog: () => (reads++, repo.catalog()) };
    const catalog = createPracticeCatalog(counting, async () => [{ itemType: "sql", id: "top-customers", title: "Top customers", difficulty: "easy" }], () => clock);

    const ids = async () => (await catalog.list()).map((i) => `${i.itemType}:${i.itemId}`).sort();
    expect(await ids()).toEqual(["question:cache-basics", "question:queue-basics", "sql:top-customers"]);
    await catalog.list();
    expect(reads).toBe(1);

    // A content sync in this process is seen at once.
    await syncQuestions(repo, [{ id: "queue-basics" }, { id: "index-basics" }]);
    expect(await ids()).toEqual(["question:index-basics", "question:queue-basics", "sql:top-customers"]);
    expect(reads).toBe(2);

    // Another process's change is seen after the time-to-live.
    clock += 61_000;
    await catalog.list();
    expect(reads).toBe(3);
  });

  it("serves flashcard backs of published questions from one read until they change", async () => {
    await syncQuestions(repo, [{ id: "queue-basics" }, { id: "cache-basics" }]);
    let reads = 0;
    const counting: QuestionsRepository = { ...repo, flashcardBacks: (ids) => (reads++, repo.flashcardBacks(ids)) };
    const catalog = createPracticeCatalog(counting, async () => [], () => 0);

    const first = await catalog.flashcardBacks(["queue-basics", "no-such-question"]);
    expect([...first.keys()]).toEqual(["queue-basics"]);
    expect(first.get("queue-basics")!.keyPoints).toEqual([1, 2, 3, 4].map((n) => `Key point number ${n} of queue-basics`));
    expect((await catalog.flashcardBacks(["cache-basics"])).get("cache-basics")!.shortAnswer).toBe("Short answer.");
    expect(reads).toBe(1);

    // A retired question has no back any more.
    await syncQuestions(repo, [{ id: "cache-basics" }]);
    expect([...(await catalog.flashcardBacks(["queue-basics", "cache-basics"])).keys()]).toEqual(["cache-basics"]);
    expect(reads).toBe(2);
  });
});
