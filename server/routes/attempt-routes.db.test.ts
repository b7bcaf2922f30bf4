import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncQuestionBank } from "../services/content-sync";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";
import { copyBankQuestion } from "../test/question-factory";

let t: TestApp;
let dir: string;
const QUESTION = "caching-what-and-why";
const url = `/api/v1/questions/${QUESTION}/attempts`;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), "content-"));
  await copyBankQuestion(dir, "caching", QUESTION);
  await syncQuestionBank(dir, t.ctx.services.questionsRepo);
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

const STRONG =
  "Caching stores a copy of frequently read data in memory, for example in Redis, so repeated requests skip the slow database. " +
  "That cuts response time and takes load off the database. The copy can go stale, so each key gets a TTL or is deleted when the row changes. " +
  "The usual pattern is cache-aside: check the cache, on a miss read the database and write the result back. When memory is full, LRU eviction drops the least recently used keys.";

describe("answer attempts", () => {
  it("grades an answer, quotes evidence from it, and keeps it in the user's history", async () => {
    const user = await signedInAgent(t.app);
    const res = await user.post(url, { answer: STRONG });
    expect(res.statusCode, res.body).toBe(201);
    const attempt = res.json().attempt;
    expect(attempt.score).toBeGreaterThan(0.5);
    const covered = attempt.keyPoints.filter((k: { covered: boolean }) => k.covered);
    expect(covered.length).toBeGreaterThanOrEqual(3);
    for (const k of covered) {
      expect(STRONG.slice(k.evidence.start, k.evidence.end)).toBe(k.evidence.quote);
    }
    expect(attempt.followUp).toBeTruthy();

    const weak = await user.post(url, { answer: "I like turtles and the weather is nice today." });
    expect(weak.json().attempt.score).toBeLessThanOrEqual(0.2);

    const history = await user.get(url);
    expect(history.json().items.map((a: { id: string }) => a.id)).toEqual([weak.json().attempt.id, attempt.id]);
    const other = await signedInAgent(t.app);
    expect((await other.get(url)).json().items).toEqual([]);
  });

  it("records a dispute on the user's own attempt only", async () => {
    const user = await signedInAgent(t.app);
    const attempt = (await user.post(url, { answer: "A cache keeps data in memory." })).json().attempt;
    const missed = attempt.keyPoints.find((k: { covered: boolean }) => !k.covered);
    expect((await user.post(`/api/v1/attempts/${attempt.id}/disputes`, { keyPointIndex: missed.index, comment: "I said it" })).statusCode).toBe(204);
    const history = (await user.get(url)).json().items;
    expect(history[0].keyPoints[missed.index].disputed).toBe(true);

    const intruder = await signedInAgent(t.app);
    expect((await intruder.post(`/api/v1/attempts/${attempt.id}/disputes`, { keyPointIndex: 0 })).statusCode).toBe(404);
    const bad = await user.post(`/api/v1/attempts/${attempt.id}/disputes`, { keyPointIndex: 40 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("body.keyPointIndex");
  });

  it.each([
    [{ answer: "   " }, "body.answer"],
    [{ answer: "x".repeat(20_001) }, "body.answer"],
    [{ answer: "ok", mode: "telepathic" }, "body.mode"],
    [{}, "body.answer"],
  ])("refuses %# with 400 naming the field", async (body, field) => {
    const user = await signedInAgent(t.app);
    const res = await user.post(url, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("handles any language, emoji and HTML as plain text", async () => {
    const user = await signedInAgent(t.app);
    const answer = "<script>alert(1)</script> Кэш хранит копию данных 🚀 キャッシュ";
    const res = await user.post(url, { answer });
    expect(res.statusCode).toBe(201);
    expect(res.json().attempt.answer).toBe(answer);
  });

  it("requires a session and an existing question", async () => {
    expect((await agent(t.app).post(url, { answer: "hello" })).statusCode).toBe(401);
    const user = await signedInAgent(t.app);
    expect((await user.post("/api/v1/questions/unknown-question/attempts", { answer: "hello" })).statusCode).toBe(404);
  });
});
