/**
 * Loads the labelled evaluation set (answers.jsonl) and joins each answer to the
 * question's current rubric in the bank, so an edited question is graded with its
 * current key points. Labels pointing past the current rubric are reported, not
 * silently dropped. The split into tuning and held-out is by question, fixed by a
 * hash of the question id: fitting never sees a held-out question's rubric.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { loadQuestionBank } from "../../content/question-bank";
import { gradeQuestionOf, type GradeInput } from "../grade-schema";

export const ANSWER_KINDS = ["strong", "partial", "paraphrase", "wrong", "negation", "buzzwords", "offtopic", "short", "noise"] as const;

const evalRowSchema = z.object({
  id: z.string(),
  question: z.string(),
  kind: z.enum(ANSWER_KINDS),
  covered: z.array(z.number().int().min(0)),
  misconceptions: z.array(z.number().int().min(0)),
  answer: z.string(),
});

export type EvalRow = z.infer<typeof evalRowSchema>;
export type Split = "tuning" | "heldout";

export interface EvalCase extends EvalRow {
  split: Split;
  rubric: GradeInput["question"];
}

export const EVAL_FILE = join(dirname(fileURLToPath(import.meta.url)), "answers.jsonl");

/** Share of questions kept out of fitting. */
const HELDOUT_SHARE = 0.35;

/**
 * Held-out questions: those whose SHA-1 of the id falls in the first 35% of the hash
 * space. Decided per question, so adding answers or questions never moves an existing
 * question between splits.
 */
export function heldOutQuestions(questionIds: string[]): Set<string> {
  const isHeldOut = (id: string) => parseInt(createHash("sha1").update(id).digest("hex").slice(0, 8), 16) / 0x1_0000_0000 < HELDOUT_SHARE;
  return new Set(questionIds.filter(isHeldOut));
}

export function readEvalRows(file = EVAL_FILE): EvalRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = evalRowSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export interface EvalSet {
  cases: EvalCase[];
  /** Rows whose question is missing from the bank or whose labels exceed the rubric. */
  problems: string[];
}

export async function loadEvalSet(contentRoot = "content", file = EVAL_FILE): Promise<EvalSet> {
  const rows = readEvalRows(file);
  const bank = await loadQuestionBank(contentRoot);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const heldOut = heldOutQuestions(rows.map((r) => r.question));
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const q = byId.get(row.question);
    if (!q) {
      problems.push(`${row.id}: question "${row.question}" is not in the bank`);
      continue;
    }
    const badKp = row.covered.filter((i) => i >= q.keyPoints.length);
    const badM = row.misconceptions.filter((i) => i >= q.misconceptions.length);
    if (badKp.length || badM.length) {
      problems.push(`${row.id}: labels out of range for "${row.question}" (key points ${badKp.join(",")}, misconceptions ${badM.join(",")})`);
      continue;
    }
    cases.push({
      ...row,
      split: heldOut.has(row.question) ? "heldout" : "tuning",
      rubric: gradeQuestionOf(q),
    });
  }
  return { cases, problems };
}

/** The same rubric with only plain key-point text: how the grader sees a user-written rubric. */
export function plainRubric(rubric: GradeInput["question"]): GradeInput["question"] {
  return { title: rubric.title, keyPoints: rubric.keyPoints.map((k) => ({ text: k.text, weight: k.weight })) };
}
