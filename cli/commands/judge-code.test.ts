import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runJudgeCode } from "./judge-code";

const dir = mkdtempSync(join(tmpdir(), "judge-code-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  let out = "";
  let err = "";
  return { io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } }, out: () => out, err: () => err };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const MERGE_PY = "def merge(intervals):\n    out = []\n    for s, e in sorted(intervals):\n        if out and s <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], e)\n        else:\n            out.append([s, e])\n    return out\n";

describe("backprep judge code", () => {
  it("--json prints exactly one verdict document and exits 0", async () => {
    const c = capture();
    expect(await runJudgeCode({ problem: "merge-intervals", lang: "py", file: file("ok.py", MERGE_PY), json: true }, c.io)).toBe(0);
    const doc = JSON.parse(c.out());
    expect(doc).toMatchObject({ verdict: "accepted", timeMs: expect.any(Number), memoryKb: expect.any(Number) });
    expect(doc.tests.length).toBeGreaterThan(3);
    expect(doc.tests[0]).toEqual({ name: "overlapping pairs", passed: true, timeMs: expect.any(Number), hidden: false });
    expect(c.out().trim().split("\n")).toHaveLength(1);
  });

  it("a wrong answer is still a verdict: exit 0, readable summary", async () => {
    const c = capture();
    const code = await runJudgeCode({ problem: "merge-intervals", lang: "js", file: file("wrong.js", "function merge(x) { return x; }"), mode: "run" }, c.io);
    expect(code).toBe(0);
    expect(c.out()).toMatch(/^WRONG ANSWER/);
    expect(c.out()).toMatch(/first failure: overlapping pairs/);
    expect(c.out()).toMatch(/expected: \[\[1,6\],\[8,10\],\[15,18\]\]/);
  });

  it.each([
    [{ problem: "no-such-problem", lang: "py" }, /no coding problem "no-such-problem"/],
    [{ problem: "merge-intervals", lang: "rb" }, /--lang must be one of js, ts, py/],
    [{ problem: "../etc", lang: "py" }, /--problem must be a slug/],
    [{ problem: "merge-intervals", lang: "py", file: "/nonexistent/x.py" }, /cannot read --file \/nonexistent\/x\.py: ENOENT/],
    [{ problem: "merge-intervals", lang: "py", mode: "fast" }, /--mode must be run or submit/],
  ])("bad input %o → stderr and exit 2", async (opts, message) => {
    const c = capture();
    const code = await runJudgeCode({ file: file("any.py", MERGE_PY), json: true, ...opts }, c.io);
    expect(code).toBe(2);
    expect(c.err()).toMatch(message);
    expect(c.out()).toBe("");
  });

  it("reads problems from --content", async () => {
    const c = capture();
    const code = await runJudgeCode({ problem: "merge-intervals", lang: "py", file: file("ok2.py", MERGE_PY), content: join(dir, "empty") }, c.io);
    expect(code).toBe(2);
    expect(c.err()).toMatch(/no coding problem "merge-intervals" in .*empty\/coding/);
  });

  it("runs as a real command through commander", async () => {
    const script = file(
      "cli.mts",
      `import { Command } from ${JSON.stringify(createRequire(import.meta.url).resolve("commander"))};\nimport { registerJudgeCodeCommand } from ${JSON.stringify(fileURLToPath(new URL("./judge-code.ts", import.meta.url)))};\nconst program = new Command("backprep");\nregisterJudgeCodeCommand(program.command("judge"));\nawait program.parseAsync(process.argv);\n`,
    );
    const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
    const { stdout } = await promisify(execFile)(tsx, [script, "judge", "code", "--problem", "merge-intervals", "--lang", "ts", "--file", file("s.ts", "function merge(a: number[][]): number[][] { return a; }"), "--json"]);
    expect(JSON.parse(stdout).verdict).toBe("wrong_answer");
  });
});
