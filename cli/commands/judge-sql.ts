// `backprep judge sql`: judge a SQL submission against a content problem (--problem) or ad hoc
// against a reference query on a dataset file (--dataset/--expected). With --json, exactly one
// JSON document goes to stdout: {"verdict", "message", "diff", "timeMs"}. Exit 0 whenever a
// verdict was produced (wrong answers included); bad input → a message on stderr and exit 2.

import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { createSqlJudge } from "../../server/judge/sql/judge";
import { loadSqlContent } from "../../server/judge/sql/problem-loader";
import { formatRow } from "../../server/judge/sql/result-compare";
import type { JudgeVerdict } from "../../server/judge/sql/types";

interface JudgeSqlOptions {
  problem?: string;
  dataset?: string;
  expected?: string;
  file: string;
  ordered?: boolean;
  columns?: string;
  json?: boolean;
}

class UsageError extends Error {}

/** Add `sql` under the existing `judge` command. */
export function registerJudgeSqlCommand(judge: Command): void {
  judge
    .command("sql")
    .description("judge a SQL submission: --problem SLUG, or ad hoc --dataset FILE.sql --expected FILE.sql")
    .option("--problem <slug>", "a problem in content/sql/problems")
    .option("--dataset <file>", "ad hoc: the dataset SQL (schema + data)")
    .option("--expected <file>", "ad hoc: a reference query run on the same dataset")
    .requiredOption("--file <path>", "the submission")
    .option("--ordered", "ad hoc: row order is part of the answer (keys from the reference's ORDER BY)")
    .option("--columns <mode>", "ad hoc: match columns by 'position' (default) or 'name'")
    .option("--json", "print one JSON document on stdout")
    .action(async (opts: JudgeSqlOptions) => {
      try {
        const verdict = await judgeFromCli(opts);
        process.stdout.write(opts.json ? JSON.stringify(verdict) + "\n" : formatVerdict(verdict));
        process.exitCode = 0;
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        process.stderr.write(`backprep judge sql: ${e.message}\n`);
        process.exitCode = 2;
      }
    });
}

async function judgeFromCli(opts: JudgeSqlOptions): Promise<JudgeVerdict> {
  const adHoc = opts.dataset !== undefined || opts.expected !== undefined;
  if (opts.problem && adHoc) throw new UsageError("give either --problem or --dataset with --expected, not both");
  if (!opts.problem && !(opts.dataset && opts.expected)) throw new UsageError("give --problem SLUG, or both --dataset FILE.sql and --expected FILE.sql");
  if (opts.columns && !["position", "name"].includes(opts.columns)) throw new UsageError("--columns takes 'position' or 'name'");
  if (opts.problem && (opts.ordered || opts.columns)) throw new UsageError("--ordered and --columns apply to ad hoc mode; a problem declares its own");
  const sql = await readInput(opts.file, "--file");

  if (opts.problem) {
    const content = await loadSqlContent();
    const problem = content.problems.find((p) => p.id === opts.problem);
    if (!problem) {
      const errs = content.errors.filter((e) => e.file.endsWith(`/${opts.problem}.md`));
      throw new UsageError(errs.length
        ? `problem ${opts.problem} is invalid: ${errs.map((e) => `${e.field ?? ""} ${e.message}`.trim()).join("; ")}`
        : `no SQL problem "${opts.problem}" in content/sql/problems`);
    }
    const dataset = content.datasets.find((d) => d.name === problem.dataset)!;
    const judge = createSqlJudge({ datasetSql: async () => dataset.sql, maxWorkers: 1 });
    try {
      return await judge.judge(problem, sql);
    } finally {
      await judge.close();
    }
  }

  const [datasetSql, expectedSql] = await Promise.all([readInput(opts.dataset!, "--dataset"), readInput(opts.expected!, "--expected")]);
  const judge = createSqlJudge({ maxWorkers: 1 });
  try {
    const v = await judge.judgeAdHoc({ datasetSql, expectedSql, sql, ordered: opts.ordered === true, columnsByPosition: opts.columns !== "name" });
    // A broken reference or dataset is bad input, not a verdict about the submission.
    if (v.verdict === "error" && /^the reference solution|building dataset|loading dataset/.test(v.message)) throw new UsageError(v.message);
    return v;
  } finally {
    await judge.close();
  }
}

async function readInput(file: string, flag: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${flag} ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

function formatVerdict(v: JudgeVerdict): string {
  const lines = [`${v.verdict}: ${v.message} (${v.timeMs} ms)`];
  const d = v.diff as Record<string, unknown> | undefined;
  if (d?.kind === "rows") {
    for (const r of (d.missing as (string | null)[][]) ?? []) lines.push(`  missing: ${formatRow(r)}`);
    for (const r of (d.extra as (string | null)[][]) ?? []) lines.push(`  extra:   ${formatRow(r)}`);
  } else if (d?.kind === "order") {
    const o = d.outOfOrder as { index: number; previous: (string | null)[]; row: (string | null)[] };
    lines.push(`  row ${o.index + 1}: ${formatRow(o.row)}`, `  after:   ${formatRow(o.previous)}`);
  } else if (d?.kind === "plan") {
    lines.push("  your plan:", ...(d.userPlan as string[]).map((l) => `    ${l}`));
  }
  return lines.join("\n") + "\n";
}
