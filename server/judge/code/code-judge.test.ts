import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeJudge } from "./code-judge";
import { loadCodingProblemBySlug } from "./problem-loader";
import type { CodeJudge, CodeLang, JudgeProblem } from "./types";

const CODING = fileURLToPath(new URL("../../../content/coding/", import.meta.url));

const add: JudgeProblem = {
  id: "add",
  kind: "function",
  entry: "solve",
  compare: "exact",
  timeLimitMs: 1000,
  memoryMb: 128,
  tests: {
    examples: [
      { name: "small", args: [1, 2], expected: 3 },
      { name: "negative", args: [-5, 2], expected: -3 },
    ],
    hidden: [{ name: "secret sum", args: [40, 2], expected: 42 }],
  },
};

const ADD: Record<CodeLang, string> = {
  js: "function solve(a, b) {\n  return a + b;\n}\n",
  ts: "function solve(a: number, b: number): number {\n  return a + b;\n}\n",
  py: "def solve(a, b):\n    return a + b\n",
};

let judge: CodeJudge;
beforeAll(async () => {
  judge = await createCodeJudge({ uidBase: 61_100, timingRuns: 1 });
});
afterAll(() => judge.close());

const submit = (lang: CodeLang, source: string, problem: JudgeProblem = add) => judge.judge({ problem, lang, source, mode: "submit" });

describe("createCodeJudge", () => {
  it("uses bubblewrap on this host", () => {
    expect(judge.isolation).toBe("bwrap");
  });

  it.each(["js", "ts", "py"] as const)("accepts a correct %s solution with outside measurements", async (lang) => {
    const v = await submit(lang, ADD[lang]);
    expect(v.verdict).toBe("accepted");
    expect(v.tests).toEqual([
      { name: "small", passed: true, timeMs: expect.any(Number), hidden: false },
      { name: "negative", passed: true, timeMs: expect.any(Number), hidden: false },
      { name: "secret sum", passed: true, timeMs: expect.any(Number), hidden: true },
    ]);
    expect(v.timeMs).toBeGreaterThan(0);
    expect(v.memoryKb).toBeGreaterThan(0);
    expect(v.firstFailure).toBeUndefined();
  });

  it("run mode runs the visible examples only", async () => {
    // Wrong on the hidden case only: run mode must not notice.
    const v = await judge.judge({ problem: add, lang: "js", source: "function solve(a, b) { return a === 40 ? 0 : a + b; }", mode: "run" });
    expect(v.verdict).toBe("accepted");
    expect(v.tests.map((t) => t.name)).toEqual(["small", "negative"]);
    const s = await submit("js", "function solve(a, b) { return a === 40 ? 0 : a + b; }");
    expect(s.verdict).toBe("wrong_answer");
  });

  it("shows the first failing visible case in full", async () => {
    const v = await submit("py", "def solve(a, b):\n    return a - b\n");
    expect(v.verdict).toBe("wrong_answer");
    expect(v.firstFailure).toEqual({ name: "small", input: [1, 2], expected: 3, got: -1 });
    expect(v.tests.map((t) => t.passed)).toEqual([false, false, false]);
  });

  it("redacts a failing hidden case: no input, expected or got", async () => {
    const v = await submit("ts", "function solve(a: number, b: number) { return a > 10 ? -1 : a + b; }");
    expect(v.verdict).toBe("wrong_answer");
    expect(v.firstFailure).toEqual({ name: "secret sum" });
    expect(v.tests.map((t) => t.passed)).toEqual([true, true, false]);
  });

  it("time_limit for a CPU burner, in every language", async () => {
    for (const [lang, src] of [
      ["js", "function solve() { for (;;); }"],
      ["ts", "function solve(): number { while (true) {} }"],
      ["py", "def solve(a, b):\n    while True:\n        pass\n"],
    ] as const) {
      const v = await submit(lang, src);
      expect(v.verdict, lang).toBe("time_limit");
      expect(v.firstFailure?.name, lang).toBe("small");
    }
  });

  it("memory_limit for a JS typed-array bomb and a Python bytearray bomb", async () => {
    // (V8-heap bombs burn seconds of CPU in GC first; hostile/heap-bomb.js covers them with a roomy limit.)
    // Page-faulting 200 MB takes a while on a loaded host: a roomy limit keeps the deadline out of the way.
    const roomy = { ...add, timeLimitMs: 5000 };
    expect((await submit("js", "function solve() { const a = []; for (;;) a.push(new Float64Array(1 << 22).fill(1)); }", roomy)).verdict).toBe("memory_limit");
    expect((await submit("py", "def solve(a, b):\n    x = []\n    while True:\n        x.append(bytearray(1 << 24))\n", roomy)).verdict).toBe("memory_limit");
  });

  it("runtime_error shows the message and line of a visible failure", async () => {
    const v = await submit("js", "function solve(a, b) {\n  return a.b.c;\n}\n");
    expect(v.verdict).toBe("runtime_error");
    expect(v.firstFailure?.name).toBe("small");
    expect(v.firstFailure?.error).toMatch(/TypeError/);
    expect(v.firstFailure?.error).toMatch(/solution\.js:2/);
    const py = await submit("py", "def solve(a, b):\n    return [1][a]\n");
    expect(py.verdict).toBe("runtime_error");
    expect(py.firstFailure?.error).toMatch(/IndexError.*\n.*line 2 in solve/);
  });

  it("runtime_error on a hidden case names only the error type", async () => {
    const v = await submit("py", "def solve(a, b):\n    if a == 40:\n        raise ValueError('the input was 40')\n    return a + b\n");
    expect(v.verdict).toBe("runtime_error");
    expect(v.firstFailure).toEqual({ name: "secret sum", error: "ValueError" });
    expect(JSON.stringify(v)).not.toContain("the input was 40");
  });

  it("runtime_error when the top level throws or the entry is missing", async () => {
    const top = await submit("js", "throw new Error('boom at load');\nfunction solve() {}");
    expect(top.verdict).toBe("runtime_error");
    expect(top.firstFailure).toMatchObject({ name: "(top level)", error: expect.stringMatching(/boom at load/) });
    const missing = await submit("py", "def other(a, b):\n    return a + b\n");
    expect(missing.verdict).toBe("runtime_error");
    expect(missing.firstFailure?.error).toMatch(/solve is not defined/);
  });

  it("runtime_error when a return value is not JSON", async () => {
    const v = await submit("py", "def solve(a, b):\n    return {a, b}\n");
    expect(v.verdict).toBe("runtime_error");
    expect(v.firstFailure?.error).toMatch(/not JSON/);
  });

  it("compile_error for syntax errors in each language, with a location", async () => {
    const js = await submit("js", "function solve(a, b) {\n  return a +;\n}\n");
    expect(js.verdict).toBe("compile_error");
    expect(js.compileError).toMatch(/SyntaxError/);
    const ts = await submit("ts", "function solve(a: number, b: number) {\n  return a +;\n}\n");
    expect(ts).toMatchObject({ verdict: "compile_error", tests: [] });
    expect(ts.compileError).toMatch(/solution\.ts:2:/);
    const py = await submit("py", "def solve(a, b)\n    return a + b\n");
    expect(py.verdict).toBe("compile_error");
    expect(py.compileError).toMatch(/SyntaxError.*line 1/);
  });

  it("does not block on TypeScript type errors (esbuild strips types)", async () => {
    const v = await submit("ts", "function solve(a: number, b: number): string {\n  return a + b;\n}\n");
    expect(v.verdict).toBe("accepted");
  });

  it("shows stderr in run mode, never when hidden cases ran", async () => {
    const src = "function solve(a, b) { console.error('debug', a); return a + b; }";
    const run = await judge.judge({ problem: add, lang: "js", source: src, mode: "run" });
    expect(run.stderr).toMatch(/debug 1/);
    const sub = await submit("js", src);
    expect(sub.verdict).toBe("accepted");
    expect(sub.stderr).toBeUndefined();
  });

  it("judges class problems op by op (lru-cache) and reports a missing method", async () => {
    const lru = await loadCodingProblemBySlug(CODING, "lru-cache");
    expect((await submit("py", lru.solutions.py, lru)).verdict).toBe("accepted");
    const noPut = "class LRUCache {\n  constructor(c) {}\n  get(k) { return -1; }\n}\n";
    const v = await submit("js", noPut, lru);
    expect(v.verdict).toBe("runtime_error");
    expect(v.firstFailure?.error).toMatch(/put is not a method/);
  });

  it("judges concurrent submissions independently", async () => {
    const verdicts = await Promise.all([
      submit("js", ADD.js),
      submit("py", ADD.py),
      submit("py", "def solve(a, b):\n    return 0\n"),
      submit("ts", ADD.ts),
      submit("js", "function solve() { return 'x'; }"),
    ]);
    expect(verdicts.map((v) => v.verdict)).toEqual(["accepted", "accepted", "wrong_answer", "accepted", "wrong_answer"]);
  });

  it("rejects bad requests with an error, not a verdict", async () => {
    await expect(judge.judge({ problem: add, lang: "rb" as CodeLang, source: "", mode: "run" })).rejects.toThrow(/unknown language/);
    await expect(judge.judge({ problem: add, lang: "js", source: "x".repeat(300_000), mode: "run" })).rejects.toThrow(/larger than/);
  });
});

describe("timing runs", () => {
  it("measures an accepted submission several times and reports the median", async () => {
    const timed = await createCodeJudge({ uidBase: 61_150, timingRuns: 3, slots: 2 });
    try {
      const v = await timed.judge({ problem: add, lang: "py", source: ADD.py, mode: "submit" });
      expect(v.verdict).toBe("accepted");
      expect(v.timeMs).toBeGreaterThan(0);
      expect(v.memoryKb).toBeGreaterThan(0);
    } finally {
      await timed.close();
    }
  });
});

describe("fallback isolation (no bubblewrap)", () => {
  let fallback: CodeJudge;
  const warnings: string[] = [];
  beforeAll(async () => {
    fallback = await createCodeJudge({ uidBase: 61_200, timingRuns: 1, forceFallback: true, logger: { warn: (m) => warnings.push(m) } });
  });
  afterAll(() => fallback.close());

  it("reports fallback and logs a warning", () => {
    expect(fallback.isolation).toBe("fallback");
    expect(warnings.join("\n")).toMatch(/bubblewrap unavailable \(forced by option\)/);
  });

  it("still gives every verdict", async () => {
    const f = (lang: CodeLang, source: string) => fallback.judge({ problem: add, lang, source, mode: "submit" });
    expect((await f("js", ADD.js)).verdict).toBe("accepted");
    expect((await f("py", ADD.py)).verdict).toBe("accepted");
    expect((await f("ts", ADD.ts)).verdict).toBe("accepted");
    expect((await f("py", "def solve(a, b):\n    return a\n")).verdict).toBe("wrong_answer");
    expect((await f("js", "function solve() { for (;;); }")).verdict).toBe("time_limit");
    const bomb = "def solve(a, b):\n    x = []\n    while True:\n        x.append(bytearray(1 << 24))\n";
    expect((await fallback.judge({ problem: { ...add, timeLimitMs: 5000 }, lang: "py", source: bomb, mode: "submit" })).verdict).toBe("memory_limit");
    expect((await f("js", "function solve() { null.x; }")).verdict).toBe("runtime_error");
    expect((await f("py", "def solve(:\n")).verdict).toBe("compile_error");
  });
});
