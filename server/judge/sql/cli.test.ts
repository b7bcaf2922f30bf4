// The `backprep judge sql` command in-process: one JSON document on stdout, exit 0 for any
// verdict, exit 2 with a stderr message for bad input.

import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { registerJudgeSqlCommand } from "../../../cli/commands/judge-sql";

let dir: string;
// These tests exercise the CLI on the default PGlite sandbox; the PostgreSQL backend has its own test.
const savedUrl = process.env.SQL_SANDBOX_URL;
afterAll(() => { if (savedUrl !== undefined) process.env.SQL_SANDBOX_URL = savedUrl; });
beforeAll(async () => {
  delete process.env.SQL_SANDBOX_URL;
  dir = await mkdtemp(path.join(os.tmpdir(), "judge-sql-cli-"));
  await writeFile(path.join(dir, "ds.sql"), "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, NULL);");
  await writeFile(path.join(dir, "expected.sql"), "SELECT id, v FROM t ORDER BY id DESC");
  await writeFile(path.join(dir, "right.sql"), "select id as x, v as y from t order by 1 desc;");
  await writeFile(path.join(dir, "wrong.sql"), "select id, v from t order by id");
});
afterEach(() => { process.exitCode = undefined; vi.restoreAllMocks(); });

async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => { stdout += String(s); return true; });
  vi.spyOn(process.stderr, "write").mockImplementation((s) => { stderr += String(s); return true; });
  const program = new Command("backprep").exitOverride();
  registerJudgeSqlCommand(program.command("judge"));
  try {
    await program.parseAsync(["node", "backprep", "judge", "sql", ...args]);
  } finally {
    vi.restoreAllMocks();
  }
  return { stdout, stderr, code: Number(process.exitCode ?? 0) };
}

const f = (name: string) => path.join(dir, name);

describe("backprep judge sql", { timeout: 120_000 }, () => {
  it("judges ad hoc and prints exactly one JSON document", async () => {
    const ok = await cli(["--dataset", f("ds.sql"), "--expected", f("expected.sql"), "--file", f("right.sql"), "--ordered", "--json"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(ok.stdout)).toMatchObject({ verdict: "accepted", message: "accepted" });

    const wrong = await cli(["--dataset", f("ds.sql"), "--expected", f("expected.sql"), "--file", f("wrong.sql"), "--ordered", "--json"]);
    expect(wrong.code).toBe(0);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ verdict: "wrong_answer", diff: { kind: "order" } });
  });

  it("matches columns by name when asked", async () => {
    const r = await cli(["--dataset", f("ds.sql"), "--expected", f("expected.sql"), "--file", f("right.sql"), "--columns", "name", "--json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: "wrong_answer", diff: { kind: "columns" } });
  });

  it.each([
    [["--dataset", "ds.sql", "--file", "right.sql"], /both --dataset/],
    [["--problem", "x", "--dataset", "ds.sql", "--expected", "expected.sql", "--file", "right.sql"], /not both/],
    [["--dataset", "ds.sql", "--expected", "expected.sql", "--file", "nope.sql"], /cannot read --file .*ENOENT/],
    [["--problem", "no-such-problem", "--file", "right.sql"], /no SQL problem "no-such-problem"/],
    [["--dataset", "ds.sql", "--expected", "wrong.sql", "--file", "right.sql", "--columns", "both"], /--columns takes/],
  ])("exits 2 with a message for bad input %#", async (args, message) => {
    const r = await cli(args.map((a) => (a.endsWith(".sql") ? f(a) : a)));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("treats a failing reference as bad input", async () => {
    await writeFile(f("broken.sql"), "SELECT nope FROM t");
    const r = await cli(["--dataset", f("ds.sql"), "--expected", f("broken.sql"), "--file", f("right.sql"), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reference solution .* failed/);
  });
});
