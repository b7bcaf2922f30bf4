import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EmbeddedGrader } from "./embedded-grader";
import type { GradeInput } from "./grade-schema";
import { createGraderFromEnv } from "./create-grader";
import { LlmGrader } from "./llm-grader";
import { sendError, startFakeChatServer, streamContent, type FakeChatServer } from "./llm/fake-chat-server";

const input: GradeInput = {
  question: {
    title: "What is caching and why is it important?",
    keyPoints: [
      { text: "A cache keeps a copy of data in faster storage so repeated reads skip the slow source", weight: 3 },
      { text: "Caching cuts latency and takes load off the database", weight: 2 },
      { text: "Cached data can go stale, so you need invalidation such as a TTL", weight: 2 },
    ],
    misconceptions: [{ claim: "Caching makes every request faster", patterns: ["every request is faster"], correction: "A miss still pays for the slow path." }],
  },
  answer: "We keep a copy of hot rows in Redis so the next read skips Postgres. That reduces latency. Honestly every request is faster with a cache.",
};

function reply(overrides: Partial<{ keyPoints: unknown[]; misconceptions: unknown[]; feedback: string }> = {}): string {
  return JSON.stringify({
    keyPoints: [
      { index: 0, covered: true, quote: "We keep a copy of hot rows in Redis so the next read skips Postgres" },
      { index: 1, covered: true, quote: "That reduces latency." },
      { index: 2, covered: false, quote: null },
    ],
    misconceptions: [{ index: 0, quote: "every request is faster with a cache" }],
    feedback: 'You explained the "copy in faster storage" idea well.\nBut a cache miss is slower, not faster.',
    ...overrides,
  });
}

let server: FakeChatServer;
beforeAll(async () => {
  server = await startFakeChatServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

function grader(timeoutMs = 2_000): LlmGrader {
  return new LlmGrader({ baseURL: server.baseURL, apiKey: "test-key", model: "fake-model", timeoutMs, retry: { baseDelayMs: 10 } });
}

describe("LlmGrader against a Chat Completions server", () => {
  it("streams feedback, validates the JSON and keeps only verified quotes as evidence", async () => {
    server.respond((_req, res) => streamContent(res, reply()));
    const deltas: string[] = [];
    const result = await grader().grade(input, { onFeedbackDelta: (t) => deltas.push(t) });

    expect(result.grader).toBe("llm");
    expect(result.note).toBeUndefined();
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe(result.feedback);
    expect(result.feedback).toContain('"copy in faster storage"');
    expect(result.keyPoints.map((k) => k.covered)).toEqual([true, true, false]);
    for (const k of result.keyPoints.filter((k) => k.covered)) {
      expect(input.answer.slice(k.evidence!.start, k.evidence!.end)).toBe(k.evidence!.quote);
    }
    expect(result.misconceptions).toHaveLength(1);
    expect(result.misconceptions[0]!.correction).toBe("A miss still pays for the slow path.");
    // Two of 7 weight points missing, one wrong claim: 5/7 - 1/3.
    expect(result.score).toBeCloseTo(5 / 7 - 1 / 3, 2);
    const request = server.requests[0]!;
    expect(request.body.model).toBe("fake-model");
    expect(request.body.stream).toBe(true);
    expect(request.headers.authorization).toBe("Bearer test-key");
    expect(request.body.messages?.some((m) => m.content.includes(input.answer))).toBe(true);
  });

  it("rejects an invented quote and uses the embedded verdict for that point", async () => {
    const invented = reply({
      keyPoints: [
        { index: 0, covered: true, quote: "A cache stores data in RAM to speed up reads" },
        { index: 1, covered: true, quote: "That reduces latency." },
        { index: 2, covered: true, quote: "we set a TTL on every key" },
      ],
    });
    server.respond((_req, res) => streamContent(res, invented));
    const result = await grader().grade(input);
    const offline = new EmbeddedGrader().gradeWithSignals(input).result;

    expect(result.grader).toBe("llm");
    expect(result.note).toMatch(/2 quote\(s\).*not found/);
    expect(result.keyPoints[1]!.evidence?.quote).toBe("That reduces latency.");
    expect(result.keyPoints[0]).toEqual(offline.keyPoints[0]);
    expect(result.keyPoints[2]).toEqual(offline.keyPoints[2]);
    expect(result.keyPoints[2]!.covered).toBe(false);
  });

  it("falls back to the embedded grader when the model returns malformed JSON", async () => {
    server.respond((_req, res) => streamContent(res, '{"keyPoints": [ {"index": 0, "covered": tru'));
    const result = await grader().grade(input);
    expect(result.grader).toBe("embedded");
    expect(result.note).toMatch(/not valid JSON/);
    expect(server.requests).toHaveLength(1);
  });

  it("falls back when the JSON has the wrong shape", async () => {
    server.respond((_req, res) => streamContent(res, JSON.stringify({ verdict: "good" })));
    const result = await grader().grade(input);
    expect(result.grader).toBe("embedded");
    expect(result.note).toMatch(/expected shape/);
  });

  it("gives up on a reply slower than the timeout and falls back", async () => {
    server.respond(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1_500));
      if (!res.destroyed) await streamContent(res, reply());
    });
    const started = Date.now();
    const result = await grader(300).grade(input);
    expect(Date.now() - started).toBeLessThan(1_400);
    expect(result.grader).toBe("embedded");
    expect(result.note).toMatch(/within 300 ms/);
  });

  it("gives up on a stream that stalls midway and appends the fallback feedback", async () => {
    server.respond((_req, res) => streamContent(res, reply(), { pieceSize: 40, delayMs: 200 }));
    const deltas: string[] = [];
    const result = await grader(500).grade(input, { onFeedbackDelta: (t) => deltas.push(t) });
    expect(result.grader).toBe("embedded");
    expect(deltas.join("")).toContain(result.feedback);
  });

  it("retries after a 429, honouring Retry-After, then succeeds", async () => {
    server.respond((_req, res, attempt) => (attempt === 1 ? sendError(res, 429, { "retry-after": "1" }) : streamContent(res, reply())));
    const started = Date.now();
    const result = await grader().grade(input);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(result.grader).toBe("llm");
  });

  it("retries a 500 with backoff, then falls back with a note", async () => {
    server.respond((_req, res) => sendError(res, 500));
    const result = await grader().grade(input);
    expect(server.requests).toHaveLength(3);
    expect(result.grader).toBe("embedded");
    expect(result.note).toMatch(/LLM grader failed/);
  });

  it("does not retry a 400: the request itself is wrong", async () => {
    server.respond((_req, res) => sendError(res, 400));
    const result = await grader().grade(input);
    expect(server.requests).toHaveLength(1);
    expect(result.grader).toBe("embedded");
  });

  it("propagates the caller's abort instead of falling back", async () => {
    server.respond(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1_000));
      if (!res.destroyed) await streamContent(res, reply());
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 100);
    await expect(grader().grade(input, { signal: controller.signal })).rejects.toThrow();
  });
});

describe("createGraderFromEnv", () => {
  it("returns the LLM grader only when a base URL and a model are configured", () => {
    expect(createGraderFromEnv({}).name).toBe("embedded");
    expect(createGraderFromEnv({ LLM_BASE_URL: "http://127.0.0.1:1/v1" }).name).toBe("embedded");
    expect(createGraderFromEnv({ LLM_BASE_URL: "http://127.0.0.1:1/v1", LLM_MODEL: "m" }).name).toBe("llm");
  });
});
