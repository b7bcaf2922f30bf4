// The coding service on a real database with a fake judge: the branches a real sandbox rarely
// takes (the judge failing, backpressure, restarts, shutdown) and the redaction of stored results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { createCodeSubmissionsRepository } from "../db/repositories/code-submissions-repository";
import { createUsersRepository } from "../db/repositories/users-repository";
import { codeSubmissions } from "../db/schema";
import { AppError } from "../errors";
import type { CodeJudge, CodeVerdict, CodingProblem, JudgeRequest } from "../judge/code";
import { createJobQueue } from "../judge/judge-queue";
import { createTestDatabase } from "../test/test-database";
import { createCodingService, MAX_PENDING_PER_USER } from "./coding-service";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const PROBLEM = {
  id: "add-two",
  title: "Add two numbers",
  difficulty: "easy",
  topics: ["math"],
  kind: "function",
  entry: "add",
  hints: [],
  compare: "exact",
  timeLimitMs: 1000,
  memoryMb: 128,
  tests: { examples: [{ name: "small", args: [1, 2], expected: 3 }], hidden: [{ name: "secret", args: [40, 2], expected: 42 }] },
  dir: "/nowhere",
  statement: "Add.",
  starters: { js: "function add(a, b) {}", ts: "function add(a: number, b: number) {}", py: "def add(a, b):\n    pass" },
  solutions: { js: "", ts: "", py: "" },
  mutants: [],
  editorial: "Editorial.",
} as CodingProblem;

const ACCEPTED: CodeVerdict = { verdict: "accepted", tests: [{ name: "small", passed: true, timeMs: 0.1, hidden: false }], timeMs: 12, memoryKb: 2048 };

function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

let userCount = 0;
async function newUser() {
  const user = await createUsersRepository(database.db).insert({ email: `coder${++userCount}@example.com`, displayName: "Coder", passwordHash: "x" });
  return user!.id;
}

function setup(judgeImpl: (request: JudgeRequest) => Promise<CodeVerdict>, options: { maxWaiting?: number; concurrency?: number } = {}) {
  const errors: string[] = [];
  const judged: { userId: string; problemId: string; accepted: boolean }[] = [];
  let closed = 0;
  const judge: CodeJudge = { judge: judgeImpl, close: async () => void closed++, isolation: "bwrap" };
  const service = createCodingService({
    loadProblems: async () => [PROBLEM],
    submissions: createCodeSubmissionsRepository(database.db),
    createJudge: async () => judge,
    createQueue: (handle) => createJobQueue(handle, { concurrency: options.concurrency ?? 1, maxWaiting: options.maxWaiting, onError: (err) => errors.push(String(err)) }),
    logger: { warn: () => {}, error: (_obj, message) => errors.push(message) },
    onJudged: async (event) => void judged.push(event),
  });
  return { service, errors, judged, closedCount: () => closed };
}

const body = { language: "js" as const, source: "function add(a, b) { return a + b; }", mode: "submit" as const };

async function statusOf(error: Promise<unknown>) {
  const err = await error.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).status;
}

describe("coding service", () => {
  it("records a judge failure as an error status with a message, not a verdict", async () => {
    const { service, errors } = setup(async () => {
      throw new Error("sandbox exploded");
    });
    const userId = await newUser();
    const queued = await service.submit(userId, "add-two", body);
    await service.idle();
    const s = await service.submission(userId, queued.id);
    expect(s).toMatchObject({ status: "error", verdict: null, result: null, error: expect.stringMatching(/judge failed/) });
    expect(s.finishedAt).not.toBeNull();
    expect(errors).toEqual(["judging failed"]);
    await service.close();
  });

  it(`allows ${MAX_PENDING_PER_USER} pending submissions per user, then answers 429`, async () => {
    const g = gate();
    const { service } = setup(async () => {
      await g.done;
      return ACCEPTED;
    });
    const userId = await newUser();
    for (let i = 0; i < MAX_PENDING_PER_USER; i++) await service.submit(userId, "add-two", body);
    expect(await statusOf(service.submit(userId, "add-two", body))).toBe(429);
    // Another user is not held back by the first one's backlog.
    await service.submit(await newUser(), "add-two", body);
    g.open();
    await service.idle();
    const history = await service.history(userId, "add-two");
    expect(history.map((h) => h.verdict)).toEqual(["accepted", "accepted", "accepted"]);
    await service.close();
  });

  it("answers 503 when the queue is full and marks that submission as failed", async () => {
    const g = gate();
    const { service } = setup(
      async () => {
        await g.done;
        return ACCEPTED;
      },
      { maxWaiting: 1 },
    );
    await service.submit(await newUser(), "add-two", body); // running
    await expect.poll(async () => (await database.db.select().from(codeSubmissions)).some((r) => r.status === "running")).toBe(true);
    await service.submit(await newUser(), "add-two", body); // waiting
    const third = await newUser();
    expect(await statusOf(service.submit(third, "add-two", body))).toBe(503);
    const [refused] = await service.history(third, "add-two");
    expect(refused).toMatchObject({ status: "error" });
    g.open();
    await service.close();
  });

  it("on shutdown finishes running jobs and fails the waiting ones; closes the judge", async () => {
    const g = gate();
    const { service, closedCount } = setup(async () => {
      await g.done;
      return ACCEPTED;
    });
    const userId = await newUser();
    const running = await service.submit(userId, "add-two", body);
    const waiting = await service.submit(userId, "add-two", body);
    await expect.poll(async () => (await service.submission(userId, running.id)).status).toBe("running");
    const closing = service.close();
    g.open();
    await closing;
    expect((await service.submission(userId, running.id)).verdict).toBe("accepted");
    expect(await service.submission(userId, waiting.id)).toMatchObject({ status: "error", error: expect.stringMatching(/server stopped/) });
    expect(closedCount()).toBe(1);
  });

  it("tells the review scheduler about full submissions only", async () => {
    const { service, judged } = setup(async (request) => (request.source.includes("-") ? { ...ACCEPTED, verdict: "wrong_answer" } : ACCEPTED));
    const userId = await newUser();
    await service.submit(userId, "add-two", { ...body, mode: "run" });
    await service.submit(userId, "add-two", { ...body, source: "function add(a, b) { return a - b; }" });
    await service.idle();
    await service.submit(userId, "add-two", body);
    await service.idle();
    expect(judged).toEqual([
      { userId, problemId: "add-two", accepted: false },
      { userId, problemId: "add-two", accepted: true },
    ]);
    await service.close();
  });

  it("fails submissions a previous process left queued, once, on first use", async () => {
    const userId = await newUser();
    const repo = createCodeSubmissionsRepository(database.db);
    const orphan = await repo.insert({ userId, problemId: "add-two", language: "py", mode: "run", source: "x" });
    await new Promise((r) => setTimeout(r, 5)); // the service starts strictly later
    const { service } = setup(async () => ACCEPTED);
    expect(await service.submission(userId, orphan.id)).toMatchObject({ status: "error", error: expect.stringMatching(/server restart/) });
    await service.close();
  });

  it("never shows hidden-case data, even if a stored result carries it", async () => {
    const userId = await newUser();
    const [row] = await database.db
      .insert(codeSubmissions)
      .values({
        userId,
        problemId: "add-two",
        language: "js",
        mode: "submit",
        source: "x",
        status: "done",
        verdict: "wrong_answer",
        result: {
          verdict: "wrong_answer",
          tests: [{ name: "secret", passed: false, timeMs: 1, hidden: true }],
          timeMs: 1,
          memoryKb: 1,
          firstFailure: { name: "secret", input: [40, 2], expected: 42, got: 0 },
        },
        finishedAt: new Date(),
      })
      .returning();
    const { service } = setup(async () => ACCEPTED);
    const s = await service.submission(userId, row!.id);
    expect(s.result?.firstFailure).toEqual({ name: "secret", hidden: true });
    await service.close();
  });
});
