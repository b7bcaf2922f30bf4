/**
 * `backprep grade --jsonl FILE`: grades a file of answers against plain key-point
 * rubrics, one JSON object per line, with the offline embedded grader.
 * Input line:  {"id", "question", "keyPoints": [string], "answer"}
 * Output line: {"id", "covered": [index], "score": 0..1, "evidence": {index: "quote"}}
 * Only what the line gives is used, so user-written rubrics are graded the same way.
 * A bad line is reported on stderr with its line number; the other lines are still
 * graded, and the exit code is 1 at the end.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { z } from "zod";
import { EmbeddedGrader } from "../../server/grading/embedded-grader";
import type { Grader } from "../../server/grading/grader";

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  question: z.string(),
  keyPoints: z.array(z.string().trim().min(1, "key points must not be empty")).min(1, "give at least one key point"),
  answer: z.string(),
});

export interface GradeIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin?: NodeJS.ReadableStream;
}

const processIo: GradeIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** Grades every line of `file` ("-" for stdin); returns the exit code (0, 1 on bad lines, 2 if unreadable). */
export async function runGradeJsonl(file: string, io: GradeIo = processIo, grader: Grader = new EmbeddedGrader()): Promise<number> {
  const input = file === "-" ? (io.stdin ?? process.stdin) : createReadStream(file, { encoding: "utf8" });
  let bad = 0;
  let lineNo = 0;
  try {
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (err) {
        bad++;
        io.stderr.write(`${file}:${lineNo}: invalid JSON: ${(err as Error).message}\n`);
        continue;
      }
      const parsed = lineSchema.safeParse(json);
      if (!parsed.success) {
        bad++;
        const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ");
        io.stderr.write(`${file}:${lineNo}: ${issues}\n`);
        continue;
      }
      const { id, question, keyPoints, answer } = parsed.data;
      const result = await grader.grade({ question: { title: question, keyPoints: keyPoints.map((text) => ({ text })) }, answer });
      const covered = result.keyPoints.filter((k) => k.covered);
      const evidence = Object.fromEntries(covered.filter((k) => k.evidence).map((k) => [String(k.index), k.evidence!.quote]));
      io.stdout.write(`${JSON.stringify({ id, covered: covered.map((k) => k.index), score: result.score, evidence })}\n`);
    }
  } catch (err) {
    io.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  if (bad) io.stderr.write(`${bad} line(s) could not be graded\n`);
  return bad ? 1 : 0;
}

export function registerGradeCommand(program: Command, io: GradeIo = processIo): void {
  program
    .command("grade")
    .description("Grade answers against plain key-point rubrics (JSON Lines in, JSON Lines out)")
    .requiredOption("--jsonl <file>", 'input file, one {"id","question","keyPoints","answer"} per line ("-" for stdin)')
    .action(async (opts: { jsonl: string }) => {
      process.exitCode = await runGradeJsonl(opts.jsonl, io);
    });
}
