import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPracticeRepository } from "../db/repositories/practice-repository";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";
import { testEngine } from "../test/test-database";
import { setCodeJudgeOptions } from "./coding-routes";

// A tiny problem in its own content directory, judged for real in the sandbox.
const PROBLEM = {
  "problem.md": `---
id: add-two
title: "Add two numbers"
difficulty: easy
topics: [math]
kind: function
entry: add
hints: ["Use the plus operator."]
timeLimitMs: 2000
---
Return \`a + b\`.
`,
  "starter.js": "function add(a, b) {}\n",
  "starter.ts": "function add(a: number, b: number): number {\n  return 0;\n}\n",
  "starter.py": "def add(a, b):\n    pass\n",
  "solution.js": "function add(a, b) {\n  return a + b;\n}\n",
  "solution.ts": "function add(a: number, b: number): number {\n  return a + b;\n}\n",
  "solution.py": "def add(a, b):\n    return a + b\n",
  "mutants/minus.js": "function add(a, b) {\n  return a - b;\n}\n",
  "tests.json": JSON.stringify({
    examples: [
      { name: "small", args: [1, 2], expected: 3 },
      { name: "negative", args: [-5, 2], expected: -3 },
    ],
    hidden: [
      { name: "secret answer", args: [40, 2], expected: 42 },
      { name: "zeros", args: [0, 0], expected: 0 },
    ],
  }),
  "editorial.md": "## Approach\n\nAdd them: SECRET-EDITORIAL.\n",
};

const RIGHT = "function add(a, b) {\n  return a + b;\n}\n";
// Right on every visible example, wrong on the first hidden case only.
const WRONG_ON_HIDDEN = "function add(a, b) {\n  return a === 40 ? 0 : a + b;\n}\n";

let t: TestApp;
let dir: string;
const base = "/api/v1/coding";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "coding-content-"));
  for (const [file, text] of Object.entries(PROBLEM)) {
    const path = join(dir, "coding/add-two", file);
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(path, text);
  }
  t = await createTestApp({ CONTENT_DIR: dir });
  // Own sandbox uids: other test files judge in parallel with theirs.
  // The PGlite and PostgreSQL tiers run this file at the same time: give each its own sandbox uids.
  setCodeJudgeOptions(t.ctx, { uidBase: testEngine() === "postgres" ? 61_850 : 61_800, slots: 2, timingRuns: 1 });
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

type Client = ReturnType<typeof agent>;

/** Submits and polls the submission until it is judged. */
async function judged(user: Client, body: object) {
  const res = await user.post(`${base}/add-two/submissions`, body);
  expect(res.statusCode, res.body).toBe(202);
  const { submission } = res.json();
  expect(submission.status).toBe("queued");
  expect(res.headers.location).toBe(`${base}/submissions/${submission.id}`);
  const deadline = Date.now() + 25_000;
  for (;;) {
    const poll = await user.get(`${base}/submissions/${submission.id}`);
    expect(poll.statusCode).toBe(200);
    const current = poll.json().submission;
    if (current.status === "done" || current.status === "error") return current;
    if (Date.now() > deadline) throw new Error(`still ${current.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("coding problems", () => {
  it("lists problems for guests without progress, and shows a problem without its hidden tests or solutions", async () => {
    const guest = agent(t.app);
    const list = await guest.get(base);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([{ slug: "add-two", title: "Add two numbers", difficulty: "easy", topics: ["math"], solved: null, attempted: null }]);
    expect((await guest.get(`${base}?difficulty=hard`)).json().items).toEqual([]);

    const res = await guest.get(`${base}/add-two`);
    expect(res.statusCode).toBe(200);
    const { problem } = res.json();
    expect(problem).toMatchObject({
      slug: "add-two",
      kind: "function",
      entry: "add",
      hints: ["Use the plus operator."],
      examples: [
        { name: "small", input: [1, 2], expected: 3 },
        { name: "negative", input: [-5, 2], expected: -3 },
      ],
      hiddenCount: 2,
      limits: { timeLimitMs: 2000, memoryMb: 256, sourceMaxBytes: 65536 },
      editorial: null,
      isolation: "bwrap",
    });
    expect(problem.starters.py).toContain("def add");
    expect(res.body).not.toContain("secret answer");
    expect(res.body).not.toContain("return a + b");
    expect(res.body).not.toContain("SECRET-EDITORIAL");

    expect((await guest.get(`${base}/no-such-problem`)).statusCode).toBe(404);
    expect((await guest.get(`${base}?difficulty=impossible`)).json().errors[0].field).toBe("querystring.difficulty");
  });

  it("judges a wrong answer on a hidden case without revealing it, then accepts the fix and unlocks the editorial", async () => {
    const user = await signedInAgent(t.app);

    const wrong = await judged(user, { language: "js", source: WRONG_ON_HIDDEN, mode: "submit" });
    expect(wrong.status).toBe("done");
    expect(wrong.verdict).toBe("wrong_answer");
    expect(wrong.result.tests.map((c: { name: string; passed: boolean; hidden: boolean }) => [c.name, c.passed, c.hidden])).toEqual([
      ["small", true, false],
      ["negative", true, false],
      ["secret answer", false, true],
      ["zeros", true, true],
    ]);
    expect(wrong.result.firstFailure).toEqual({ name: "secret answer", hidden: true });
    // Neither the hidden input nor its expected output (42) appears anywhere in the result
    // (ids, times and sizes are left out: a uuid may contain "42" by chance).
    const shown = wrong.result.tests.map(({ timeMs: _t, ...rest }: { timeMs: number }) => rest);
    expect(JSON.stringify(shown) + JSON.stringify(wrong.result.firstFailure)).not.toMatch(/42/);
    expect(JSON.stringify(wrong.result)).not.toMatch(/"(input|expected|got)"/);

    // Run mode judges the visible examples only: the same code passes them.
    const run = await judged(user, { language: "js", source: WRONG_ON_HIDDEN, mode: "run" });
    expect(run.verdict).toBe("accepted");
    expect(run.result.tests).toHaveLength(2);

    // A visible failure shows its input, the expected value and what the code returned.
    const visible = await judged(user, { language: "py", source: "def add(a, b):\n    return a - b\n", mode: "run" });
    expect(visible.verdict).toBe("wrong_answer");
    expect(visible.result.firstFailure).toEqual({ name: "small", hidden: false, input: [1, 2], expected: 3, got: -1 });

    expect((await user.get(`${base}/add-two`)).json().problem).toMatchObject({ solved: false, attempted: true, editorial: null });

    const accepted = await judged(user, { language: "js", source: RIGHT, mode: "submit" });
    expect(accepted.verdict).toBe("accepted");
    expect(accepted.result.tests.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect(accepted.result.timeMs).toBeGreaterThan(0);
    expect(accepted.result.memoryKb).toBeGreaterThan(0);
    expect(accepted.source).toBe(RIGHT);

    const problem = (await user.get(`${base}/add-two`)).json().problem;
    expect(problem.solved).toBe(true);
    expect(problem.editorial).toContain("SECRET-EDITORIAL");
    expect((await user.get(base)).json().items[0]).toMatchObject({ solved: true, attempted: true });
    expect((await user.get(`${base}?status=unsolved`)).json().items).toEqual([]);

    const history = (await user.get(`${base}/add-two/submissions`)).json().items;
    expect(history.map((s: { id: string }) => s.id)).toEqual([accepted.id, visible.id, run.id, wrong.id]);
    expect(history[0]).toMatchObject({ verdict: "accepted", language: "js", mode: "submit", status: "done" });
    expect(history[0].source).toBeUndefined();

    // Full submissions review the problem's practice card; the accepted one was the last review.
    const card = await createPracticeRepository(t.ctx.database.db).findCard(user.user.id, "coding", "add-two");
    expect(card?.lastGrade).toBe(0.8);

    // Solving is per user: someone else still sees no editorial.
    const other = await signedInAgent(t.app);
    expect((await other.get(`${base}/add-two`)).json().problem).toMatchObject({ solved: false, attempted: false, editorial: null });
  });

  it("reports TypeScript compile errors and runtime errors with their messages", async () => {
    const user = await signedInAgent(t.app);
    const compile = await judged(user, { language: "ts", source: "function add(a: number, b: number): number {\n  return a +;\n}\n", mode: "run" });
    expect(compile.verdict).toBe("compile_error");
    expect(compile.result.compileError).toBeTruthy();

    const crash = await judged(user, { language: "js", source: "function add(a, b) {\n  throw new Error('kaput');\n}\n", mode: "run" });
    expect(crash.verdict).toBe("runtime_error");
    expect(crash.result.firstFailure).toMatchObject({ name: "small", hidden: false, error: expect.stringContaining("kaput") });
  });

  it("keeps submissions private: another user's is a 404", async () => {
    const owner = await signedInAgent(t.app);
    const mine = await judged(owner, { language: "js", source: RIGHT, mode: "run" });
    const intruder = await signedInAgent(t.app);
    const res = await intruder.get(`${base}/submissions/${mine.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect((await intruder.get(`${base}/add-two/submissions`)).json().items).toEqual([]);
    expect((await agent(t.app).get(`${base}/submissions/${mine.id}`)).statusCode).toBe(401);
    expect((await owner.get(`${base}/submissions/not-a-uuid`)).json().errors[0].field).toBe("params.id");
  });

  it.each([
    [{ language: "js", source: "   \n", mode: "submit" }, "body.source"],
    [{ language: "js", source: `// ${"x".repeat(64 * 1024)}\n${RIGHT}`, mode: "submit" }, "body.source"],
    // 64 KB are bytes, not characters: 22,000 three-byte characters are too many.
    [{ language: "js", source: `// ${"€".repeat(22_000)}\n${RIGHT}`, mode: "submit" }, "body.source"],
    [{ language: "rust", source: RIGHT, mode: "submit" }, "body.language"],
    [{ language: "js", source: RIGHT, mode: "debug" }, "body.mode"],
    [{ source: RIGHT }, "body.language"],
    [{ language: "js", source: RIGHT, extra: 1 }, "body.extra"],
  ])("refuses bad submission %# with 400 naming the field", async (body, field) => {
    const user = await signedInAgent(t.app);
    const res = await user.post(`${base}/add-two/submissions`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("documents the coding routes in the OpenAPI spec", async () => {
    const spec = (await agent(t.app).get("/api/openapi.json")).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/api/v1/coding", "/api/v1/coding/{slug}", "/api/v1/coding/{slug}/submissions", "/api/v1/coding/submissions/{id}"]),
    );
  });

  it("needs a session to submit, and a known problem", async () => {
    expect((await agent(t.app).post(`${base}/add-two/submissions`, { language: "js", source: RIGHT })).statusCode).toBe(401);
    const user = await signedInAgent(t.app);
    expect((await user.post(`${base}/no-such-problem/submissions`, { language: "js", source: RIGHT })).statusCode).toBe(404);
    // mode defaults to submit
    expect((await judged(user, { language: "js", source: RIGHT })).mode).toBe("submit");
  });
});
