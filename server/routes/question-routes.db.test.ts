import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncQuestionBank, InvalidContentError } from "../services/content-sync";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";
import { writeQuestion } from "../test/question-factory";

let t: TestApp;
let dir: string;

const body = (answer: string) => `## Answer\n\n${answer} ${"Padding words that make the model answer long enough for the checker. ".repeat(8)}\n\n## In 60 seconds\n\n${answer}\n`;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), "content-"));
  await writeQuestion(dir, { id: "cache-stampede", title: "What is a cache stampede and how do you prevent it?", tags: ["stampede"], difficulty: "hard", level: "senior" }, body("A stampede happens when a hot key expires and many requests recompute it at once."));
  await writeQuestion(dir, { id: "cache-basics", title: "What is caching?", collections: ["top-10"] }, body("A cache keeps a copy of data in memory. A hot key may expire."));
  await writeQuestion(dir, { id: "nosql-basics", topic: "nosql", title: "What is a document database?", difficulty: "medium", level: "mid" }, body("Documents are stored as JSON-like records."));
  for (let i = 0; i < 7; i++) await writeQuestion(dir, { id: `nosql-filler-${i}`, topic: "nosql", title: `Filler question ${i} about partitions` }, body("Partition keys spread load."));
  await syncQuestionBank(dir, t.ctx.services.questionsRepo);
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("content sync", () => {
  it("is idempotent and retires removed questions instead of deleting them", async () => {
    const again = await syncQuestionBank(dir, t.ctx.services.questionsRepo);
    expect(again).toMatchObject({ total: 10, inserted: 0, updated: 0, unchanged: 10, retired: 0 });

    const extra = await mkdtemp(join(tmpdir(), "content-"));
    try {
      await writeQuestion(extra, { id: "cache-basics", title: "What is caching? (edited)" }, body("Edited answer about caches."));
      const report = await syncQuestionBank(extra, t.ctx.services.questionsRepo);
      expect(report).toMatchObject({ total: 1, updated: 1, retired: 9 });
      const retired = await t.ctx.services.questionsRepo.findById("cache-stampede");
      expect(retired?.status).toBe("retired");
      expect((await agent(t.app).get("/api/v1/questions/cache-stampede")).statusCode).toBe(404);
    } finally {
      await syncQuestionBank(dir, t.ctx.services.questionsRepo); // restore for the other tests
      await rm(extra, { recursive: true, force: true });
    }
    expect((await t.ctx.services.questionsRepo.findById("cache-stampede"))?.status).toBe("published");
    expect((await t.ctx.services.questionsRepo.findById("cache-basics"))?.title).toBe("What is caching?");
  });

  it("refuses invalid content and says why", async () => {
    const bad = await mkdtemp(join(tmpdir(), "content-"));
    try {
      await writeQuestion(bad, { id: "broken-one", level: "guru" });
      await expect(syncQuestionBank(bad, t.ctx.services.questionsRepo)).rejects.toThrow(InvalidContentError);
      await expect(syncQuestionBank(bad, t.ctx.services.questionsRepo)).rejects.toThrow(/broken-one\.md:\d+ level/);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });
});

describe("GET /questions", () => {
  const list = async (query: string) => {
    const res = await agent(t.app).get(`/api/v1/questions?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: { id: string; snippet?: string }[]; nextCursor: string | null };
  };

  it("filters by topic, difficulty, level and collection", async () => {
    expect((await list("topic=caching")).items.map((q) => q.id).sort()).toEqual(["cache-basics", "cache-stampede"]);
    expect((await list("difficulty=hard")).items.map((q) => q.id)).toEqual(["cache-stampede"]);
    expect((await list("level=mid")).items.map((q) => q.id)).toEqual(["nosql-basics"]);
    expect((await list("collection=top-10")).items.map((q) => q.id)).toEqual(["cache-basics"]);
  });

  it("ranks search results by relevance and highlights matches", async () => {
    const result = await list("q=stampede");
    expect(result.items[0]?.id).toBe("cache-stampede");
    expect(result.items[0]?.snippet).toMatch(/\u0001[Ss]tampede\u0002/);
    const hot = await list(`q=${encodeURIComponent("hot key expires")}`);
    // The title match outranks a body-only match.
    expect(hot.items.map((q) => q.id)).toEqual(["cache-stampede", "cache-basics"]);
  });

  it.each(['"unclosed quote', "a & b | !c", "((()))", "-", "x".repeat(10_000), "'; drop table questions; --", "ünïcødé 🚀"])(
    "never errors on search input %#",
    async (q) => {
      const res = await agent(t.app).get(`/api/v1/questions?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
    },
  );

  it("pages with stable cursors, without and with a search", async () => {
    for (const query of ["limit=3", "limit=3&q=partitions"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`${query}${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...page.items.map((q) => q.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(query.includes("q=") ? 7 : 10);
    }
  });

  it("answers 400 naming the field for bad filters and cursors", async () => {
    const bad = await agent(t.app).get("/api/v1/questions?difficulty=impossible");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("querystring.difficulty");
    const cursor = await agent(t.app).get("/api/v1/questions?cursor=garbage");
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().errors[0].field).toBe("querystring.cursor");
    const unknown = await agent(t.app).get("/api/v1/questions?colour=red");
    expect(unknown.statusCode).toBe(400);
  });
});

describe("question details and bookmarks", () => {
  it("returns the model answer, rubric and related titles; 404 for unknown ids", async () => {
    const res = await agent(t.app).get("/api/v1/questions/cache-basics");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: "cache-basics", keyPoints: expect.any(Array), shortAnswer: expect.any(String) });
    expect((await agent(t.app).get("/api/v1/questions/nope")).statusCode).toBe(404);
  });

  it("bookmarks per user and filters by them", async () => {
    const alice = await signedInAgent(t.app);
    const bob = await signedInAgent(t.app);
    expect((await alice.put("/api/v1/questions/nosql-basics/bookmark")).statusCode).toBe(204);
    expect((await alice.get("/api/v1/questions?status=bookmarked")).json().items.map((q: { id: string }) => q.id)).toEqual(["nosql-basics"]);
    expect((await bob.get("/api/v1/questions?status=bookmarked")).json().items).toEqual([]);
    expect((await alice.delete("/api/v1/questions/nosql-basics/bookmark")).statusCode).toBe(204);
    expect((await alice.get("/api/v1/questions?status=bookmarked")).json().items).toEqual([]);
    expect((await agent(t.app).put("/api/v1/questions/nosql-basics/bookmark")).statusCode).toBe(401);
    expect((await alice.put("/api/v1/questions/does-not-exist/bookmark")).statusCode).toBe(404);
  });
});
