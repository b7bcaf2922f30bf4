import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { registerGradeCommand, runGradeJsonl } from "./grade";

const dir = mkdtempSync(join(tmpdir(), "grade-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  let out = "";
  let err = "";
  return { io: { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } }, out: () => out, err: () => err };
}

const good = {
  id: "q1",
  question: "Why do backends use caching?",
  keyPoints: [
    "A cache keeps a copy of frequently read data in memory so repeated reads skip the database",
    "Cached data can become stale, so entries need a TTL or invalidation on write",
  ],
  answer: "We keep a copy of frequently read data in memory, in Redis, so repeated reads skip the database. Entries can become stale, so each one has a TTL.",
};

describe("backprep grade --jsonl", () => {
  it("writes one result line per input line with covered indices, score and verbatim evidence", async () => {
    const file = join(dir, "good.jsonl");
    writeFileSync(file, `${JSON.stringify(good)}\n\n${JSON.stringify({ ...good, id: 2, answer: "I like turtles." })}\n`);
    const c = capture();
    expect(await runGradeJsonl(file, c.io)).toBe(0);
    const lines = c.out().trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].id).toBe("q1");
    expect(lines[0].covered).toEqual([0, 1]);
    expect(lines[0].score).toBe(1);
    for (const [index, quote] of Object.entries(lines[0].evidence as Record<string, string>)) {
      expect(lines[0].covered).toContain(Number(index));
      expect(good.answer).toContain(quote);
    }
    expect(lines[1]).toEqual({ id: 2, covered: [], score: 0, evidence: {} });
    expect(c.err()).toBe("");
  });

  it("reports bad lines by number on stderr, still grades the good ones and exits non-zero", async () => {
    const file = join(dir, "mixed.jsonl");
    writeFileSync(file, [JSON.stringify(good), "{not json", JSON.stringify({ id: "x", question: "q", keyPoints: [], answer: "a" }), JSON.stringify({ ...good, id: "last" })].join("\n"));
    const c = capture();
    expect(await runGradeJsonl(file, c.io)).toBe(1);
    const ids = c.out().trim().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["q1", "last"]);
    expect(c.err()).toMatch(/mixed\.jsonl:2: invalid JSON/);
    expect(c.err()).toMatch(/mixed\.jsonl:3: keyPoints: give at least one key point/);
    expect(c.err()).toMatch(/2 line\(s\) could not be graded/);
  });

  it("exits with 2 when the file cannot be read", async () => {
    const c = capture();
    expect(await runGradeJsonl(join(dir, "missing.jsonl"), c.io)).toBe(2);
    expect(c.err()).toMatch(/cannot read/);
  });

  it("is registered as a commander command", async () => {
    const file = join(dir, "cmd.jsonl");
    writeFileSync(file, `${JSON.stringify(good)}\n`);
    const c = capture();
    const program = new Command().exitOverride();
    registerGradeCommand(program, c.io);
    const before = process.exitCode;
    await program.parseAsync(["node", "backprep", "grade", "--jsonl", file]);
    expect(process.exitCode).toBe(0);
    process.exitCode = before;
    expect(JSON.parse(c.out()).covered).toEqual([0, 1]);
  });
});
