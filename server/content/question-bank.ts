/**
 * Loads every question under content/questions and checks the bank as a whole:
 * unique ids and `related` links that resolve.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ContentError } from "./content-error";
import { parseQuestionFile, type Question } from "./question-file";

export interface QuestionBank {
  questions: Question[];
  errors: ContentError[];
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function loadQuestionBank(contentRoot: string): Promise<QuestionBank> {
  const files = await listMarkdown(join(contentRoot, "questions"));
  const questions: Question[] = [];
  const errors: ContentError[] = [];
  for (const path of files) {
    const rel = relative(contentRoot, path);
    const result = parseQuestionFile(rel, await readFile(path, "utf8"));
    if (result.question) questions.push(result.question);
    else errors.push(...result.errors);
  }

  const seen = new Map<string, string>();
  for (const q of questions) {
    const other = seen.get(q.id);
    if (other) errors.push({ file: q.file, field: "id", message: `duplicate id "${q.id}" (also in ${other})` });
    else seen.set(q.id, q.file);
  }
  for (const q of questions) {
    for (const id of q.related) {
      if (id === q.id) errors.push({ file: q.file, field: "related", message: "a question cannot be related to itself" });
      else if (!seen.has(id)) errors.push({ file: q.file, field: "related", message: `related question "${id}" does not exist` });
    }
  }
  return { questions, errors };
}
