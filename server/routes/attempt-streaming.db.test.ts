import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendError, startFakeChatServer, streamContent, type FakeChatServer } from "../grading/llm/fake-chat-server";
import { syncQuestionBank } from "../services/content-sync";
import { createTestApp, signedInAgent, type TestApp } from "../test/test-app";
import { copyBankQuestion } from "../test/question-factory";

let llm: FakeChatServer;
let t: TestApp;
let dir: string;
const QUESTION = "caching-what-and-why";
const ANSWER = "A cache keeps a copy of hot data in memory so repeated reads skip the database. Entries expire with a TTL.";

function parseEvents(body: string) {
  return body
    .split("\n\n")
    .filter(Boolean)
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return { event, data: data ? JSON.parse(data) : undefined };
    });
}

beforeAll(async () => {
  llm = await startFakeChatServer();
  t = await createTestApp({ LLM_BASE_URL: llm.baseURL, LLM_MODEL: "fake-model", LLM_API_KEY: "k" });
  dir = await mkdtemp(join(tmpdir(), "content-"));
  await copyBankQuestion(dir, "caching", QUESTION);
  await syncQuestionBank(dir, t.ctx.services.questionsRepo);
});
afterAll(async () => {
  await t?.close();
  await llm?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("grading with a configured LLM endpoint", () => {
  it("shows the LLM grader in settings and streams its feedback over server-sent events", async () => {
    const user = await signedInAgent(t.app);
    expect((await user.get("/api/v1/settings")).json()).toEqual({ grader: { name: "llm", model: "fake-model" } });

    llm.respond((_req, res) =>
      streamContent(
        res,
        JSON.stringify({
          keyPoints: [{ index: 0, covered: true, quote: "A cache keeps a copy of hot data in memory" }, ...[1, 2, 3, 4, 5].map((index) => ({ index, covered: false, quote: null }))],
          misconceptions: [],
          feedback: "Good start: you explained what a cache is. Now say why it matters and how entries go stale.",
        }),
      ),
    );
    const res = await user.post(`/api/v1/questions/${QUESTION}/attempts`, { answer: ANSWER }, { accept: "text/event-stream" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/event-stream/);
    const events = parseEvents(res.body);
    const deltas = events.filter((e) => e.event === "feedback").map((e) => e.data.delta as string);
    expect(deltas.length).toBeGreaterThan(1);
    const final = events.at(-1)!;
    expect(final.event).toBe("attempt");
    expect(final.data.attempt.grader).toBe("llm");
    expect(deltas.join("")).toBe(final.data.attempt.feedback);
    expect(final.data.attempt.keyPoints[0]).toMatchObject({ covered: true, evidence: { quote: "A cache keeps a copy of hot data in memory" } });
  });

  it("falls back to the offline grader with a visible note when the endpoint fails", async () => {
    const user = await signedInAgent(t.app);
    llm.respond((_req, res) => sendError(res, 500));
    const res = await user.post(`/api/v1/questions/${QUESTION}/attempts`, { answer: ANSWER });
    expect(res.statusCode).toBe(201);
    const attempt = res.json().attempt;
    expect(attempt.grader).toBe("embedded");
    expect(attempt.note).toBeTruthy();
  });

  it("reports a missing question as an error event, not a broken stream", async () => {
    const user = await signedInAgent(t.app);
    const res = await user.post("/api/v1/questions/no-such-question/attempts", { answer: ANSWER }, { accept: "text/event-stream" });
    const events = parseEvents(res.body);
    expect(events).toEqual([{ event: "error", data: expect.objectContaining({ status: 404 }) }]);
  });
});
