/** Builds valid question files for tests; override any front matter field. */
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { REPO_ROOT } from "../config";
import type { QuestionsRepository } from "../db/repositories/questions-repository";
import { syncQuestionBank, type SyncReport } from "../services/content-sync";

const filler = "This sentence pads the model answer so it reaches the minimum length the checker demands. ";

export function buildQuestionFile(overrides: Record<string, unknown> = {}, body?: string): string {
  const id = (overrides.id as string) ?? "sample-question";
  const front = {
    id,
    title: `What is ${id}?`,
    topic: "caching",
    tags: ["sample"],
    difficulty: "easy",
    level: "junior",
    keyPoints: [1, 2, 3, 4].map((n) => ({ text: `Key point number ${n} of ${id}`, weight: 1, phrasings: ["one way", "another way", "a third way"] })),
    misconceptions: [{ claim: "A wrong claim", patterns: ["wrong claim", "the wrong one"], correction: "The right claim." }],
    followUps: ["First follow-up?", "Second follow-up?"],
    related: [],
    references: [{ title: "RFC 9111", url: "https://www.rfc-editor.org/rfc/rfc9111" }],
    ...overrides,
  };
  return `---\n${stringify(front)}---\n${body ?? `## Answer\n\n${filler.repeat(8)}\n\n## In 60 seconds\n\nShort answer.\n`}`;
}

export async function writeQuestion(contentDir: string, overrides: Record<string, unknown> = {}, body?: string) {
  const topic = (overrides.topic as string) ?? "caching";
  const id = (overrides.id as string) ?? "sample-question";
  await mkdir(join(contentDir, "questions", topic), { recursive: true });
  await writeFile(join(contentDir, "questions", topic, `${id}.md`), buildQuestionFile(overrides, body));
}

/** Copies a question of the real bank into a test content folder, so a test grades against its actual rubric. */
export async function copyBankQuestion(contentDir: string, topic: string, id: string) {
  await mkdir(join(contentDir, "questions", topic), { recursive: true });
  await cp(join(REPO_ROOT, "content/questions", topic, `${id}.md`), join(contentDir, "questions", topic, `${id}.md`));
}

/** Syncs a bank of exactly these questions into the database, as a content/ folder would at start-up. */
export async function syncQuestions(repo: QuestionsRepository, questions: Record<string, unknown>[]): Promise<SyncReport> {
  const dir = await mkdtemp(join(tmpdir(), "content-"));
  try {
    for (const q of questions) await writeQuestion(dir, q);
    return await syncQuestionBank(dir, repo);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
