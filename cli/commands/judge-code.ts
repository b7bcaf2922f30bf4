// `backprep judge code`: judge a JavaScript, TypeScript or Python submission against a coding
// problem in content/coding. With --json, exactly one JSON document goes to stdout (the verdict);
// otherwise a readable summary. Exit 0 whenever a verdict was produced (wrong answers included);
// bad input (unknown problem, missing file, bad language) → a message on stderr and exit 2.

import type { Command } from "commander";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCodeJudge } from "../../server/judge/code/code-judge";
import { loadCodingProblem } from "../../server/judge/code/problem-loader";
import { CODE_LANGS, type CodeLang, type CodeVerdict, type JudgeMode } from "../../server/judge/code/types";

const DEFAULT_CONTENT = fileURLToPath(new URL("../../content", import.meta.url));

export interface JudgeCodeOptions {
  problem: string;
  lang: string;
  file: string;
  json?: boolean;
  content?: string;
  mode?: string;
}

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

class UsageError extends Error {}

/** Add `code` under the existing `judge` command. */
export function registerJudgeCodeCommand(judge: Command): void {
  judge
    .command("code")
    .description("judge a coding submission against a problem in content/coding")
    .requiredOption("--problem <slug>", "a problem folder in content/coding")
    .requiredOption("--lang <lang>", "js, ts or py")
    .requiredOption("--file <path>", "the submission")
    .option("--mode <mode>", "submit (examples + hidden cases) or run (examples only)", "submit")
    .option("--content <dir>", "the content directory", DEFAULT_CONTENT)
    .option("--json", "print one JSON document on stdout")
    .action(async (opts: JudgeCodeOptions) => {
      process.exitCode = await runJudgeCode(opts, process);
    });
}

/** The command's body, with its output streams injected; returns the exit code. */
export async function runJudgeCode(opts: JudgeCodeOptions, io: CliIo): Promise<number> {
  let verdict: CodeVerdict;
  try {
    verdict = await judgeFromCli(opts);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`backprep judge code: ${e.message}\n`);
    return 2;
  }
  io.stdout.write(opts.json ? JSON.stringify(verdict) + "\n" : formatVerdict(verdict));
  return 0;
}

async function judgeFromCli(opts: JudgeCodeOptions): Promise<CodeVerdict> {
  if (!CODE_LANGS.includes(opts.lang as CodeLang)) throw new UsageError(`--lang must be one of ${CODE_LANGS.join(", ")} (got "${opts.lang}")`);
  const mode = (opts.mode ?? "submit") as JudgeMode;
  if (mode !== "run" && mode !== "submit") throw new UsageError(`--mode must be run or submit (got "${opts.mode}")`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(opts.problem)) throw new UsageError(`--problem must be a slug (got "${opts.problem}")`);

  let source: string;
  try {
    source = await readFile(opts.file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read --file ${opts.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const contentDir = opts.content ?? DEFAULT_CONTENT;
  const { problem, errors } = await loadCodingProblem(join(contentDir, "coding", opts.problem), { fileBase: contentDir });
  if (!problem) {
    const missing = errors.length > 0 && errors.every((e) => e.message === "missing file" || /mutant/.test(e.message))
      && errors.some((e) => e.file.endsWith("problem.md"));
    throw new UsageError(missing
      ? `no coding problem "${opts.problem}" in ${join(contentDir, "coding")}`
      : `problem ${opts.problem} is invalid: ${errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""} ${e.field ?? ""} ${e.message}`.replace(/\s+/g, " ")).join("; ")}`);
  }

  // One submission: no need for more than one slot, and the CLI reports one measured run.
  const judge = await createCodeJudge({ slots: 1 });
  try {
    return await judge.judge({ problem, lang: opts.lang as CodeLang, source, mode });
  } finally {
    await judge.close();
  }
}

function formatVerdict(v: CodeVerdict): string {
  const lines = [`${v.verdict.replace("_", " ").toUpperCase()}  (${v.timeMs} ms CPU, ${Math.round(v.memoryKb / 1024)} MB)`];
  if (v.compileError) lines.push("", v.compileError);
  const passed = v.tests.filter((t) => t.passed).length;
  if (v.tests.length) lines.push(`${passed}/${v.tests.length} tests passed`);
  for (const t of v.tests) lines.push(`  ${t.passed ? "✓" : "✗"} ${t.name}${t.hidden ? " (hidden)" : ""}`);
  if (v.firstFailure) {
    const f = v.firstFailure;
    lines.push("", `first failure: ${f.name}`);
    if (f.input !== undefined) lines.push(`  input:    ${JSON.stringify(f.input)}`);
    if (f.expected !== undefined) lines.push(`  expected: ${JSON.stringify(f.expected)}`);
    if (f.got !== undefined) lines.push(`  got:      ${JSON.stringify(f.got)}`);
    if (f.error) lines.push(`  error:    ${f.error.split("\n").join("\n            ")}`);
  }
  if (v.stderr) lines.push("", "stderr:", v.stderr);
  return lines.join("\n") + "\n";
}
