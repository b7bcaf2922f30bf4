/**
 * Validates everything under content/: the question bank, coding problems and SQL
 * problems, and counts them (the `backprep content check` report).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { ignoredMisconceptionPatterns } from "../grading/embedded/rubric-compiler";
import { gradeQuestionOf } from "../grading/grade-schema";
import { loadCodingProblems } from "../judge/code/problem-loader";
import { loadSqlContent } from "../judge/sql/problem-loader";
import type { ContentError } from "./content-error";
import { loadQuestionBank } from "./question-bank";

export interface ContentReport {
  questions: number;
  topics: Record<string, number>;
  coding: number;
  sql: number;
  design: number;
  errors: ContentError[];
  /** Not errors: what works but could be better (misconception patterns the grader ignores). */
  notices: ContentError[];
}

async function countMarkdown(dir: string): Promise<number> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries.filter((e) => e.endsWith(".md")).length;
}

export async function checkContent(contentDir: string): Promise<ContentReport> {
  const [bank, coding, sql, design] = await Promise.all([
    loadQuestionBank(contentDir),
    loadCodingProblems(join(contentDir, "coding")),
    loadSqlContent(join(contentDir, "sql"), contentDir),
    countMarkdown(join(contentDir, "design")),
  ]);
  const topics: Record<string, number> = {};
  for (const q of bank.questions) topics[q.topic] = (topics[q.topic] ?? 0) + 1;
  return {
    questions: bank.questions.length,
    topics,
    coding: coding.problems.length,
    sql: sql.problems.length,
    design,
    errors: [...bank.errors, ...coding.errors, ...sql.errors],
    notices: bank.questions.flatMap((q) =>
      ignoredMisconceptionPatterns(gradeQuestionOf(q)).map(({ misconception, message }) => ({
        file: q.file,
        field: `misconceptions[${misconception}]`,
        message,
      })),
    ),
  };
}
