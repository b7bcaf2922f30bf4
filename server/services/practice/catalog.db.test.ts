import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database";
import { createQuestionsRepository, type QuestionsRepository } from "../../db/repositories/questions-repository";
import { createTestDatabase } from "../../test/test-database";
import { writeQuestion } from "../../test/question-factory";
import { syncQuestionBank } from "../content-sync";
import { createPracticeCatalog } from "./catalog";

let database: Database;
let repo: QuestionsRepository;
const dirs: string[] = [];

async function syncBank(ids: string[]) {
  const dir = await mkdtemp(join(tmpdir(), "content-"));
  dirs.push(dir);
  for (const id of ids) await writeQuestion(dir, { id });
  await syncQuestionBank(dir, repo);
}

beforeAll(async () => {
  database = await createTestDatabase();
  repo = createQuestionsRepository(database.db);
});
afterAll(async () => {
  await database?.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe("practice catalog", () => {
  it("lists published questions and static problems, reading the questions once until they change", async () => {
    await syncBank(["queue-basics", "cache-basics"]);
    let reads = 0;
    let clock = 0;
    const counting: QuestionsRepository = { ...repo, catalog: () => (reads++, repo.catalog()) };
    const catalog = createPracticeCatalog(counting, async () => [{ itemType: "sql", id: "top-customers", title: "Top customers", difficulty: "easy" }], () => clock);

    const ids = async () => (await catalog.list()).map((i) => `${i.itemType}:${i.itemId}`).sort();
    expect(await ids()).toEqual(["question:cache-basics", "question:queue-basics", "sql:top-customers"]);
    await catalog.list();
    expect(reads).toBe(1);

    // A content sync in this process is seen at once.
    await syncBank(["queue-basics", "index-basics"]);
    expect(await ids()).toEqual(["question:index-basics", "question:queue-basics", "sql:top-customers"]);
    expect(reads).toBe(2);

    // Another process's change is seen after the time-to-live.
    clock += 61_000;
    await catalog.list();
    expect(reads).toBe(3);
  });
});
