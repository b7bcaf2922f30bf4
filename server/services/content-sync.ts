/**
 * Loads the question bank from content/ into the database at start-up: an idempotent
 * upsert keyed by id (unchanged files are skipped by hash), a recorded content
 * version, and retirement — never deletion — of questions removed from content/.
 */
import { createHash } from "node:crypto";
import { formatContentError } from "../content/content-error";
import type { Question } from "../content/question-file";
import { loadQuestionBank } from "../content/question-bank";
import type { NewQuestionRow, QuestionsRepository } from "../db/repositories/questions-repository";

export class InvalidContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content/ is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.slice(0, 50).join("\n")}`);
  }
}

export interface QuestionBody {
  keyPoints: Question["keyPoints"];
  misconceptions: Question["misconceptions"];
  followUps: string[];
  related: string[];
  references: Question["references"];
}

export function questionToRow(q: Question): NewQuestionRow {
  const body: QuestionBody = { keyPoints: q.keyPoints, misconceptions: q.misconceptions, followUps: q.followUps, related: q.related, references: q.references };
  return {
    id: q.id,
    title: q.title,
    topic: q.topic,
    difficulty: q.difficulty,
    level: q.level,
    tags: q.tags,
    collections: q.collections,
    body,
    answer: q.answer,
    shortAnswer: q.shortAnswer,
    status: "published",
    source: "content",
    contentHash: q.contentHash,
  };
}

export interface SyncReport {
  version: string;
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  retired: number;
}

export async function syncQuestionBank(contentDir: string, repo: QuestionsRepository): Promise<SyncReport> {
  const bank = await loadQuestionBank(contentDir);
  if (bank.errors.length) throw new InvalidContentError(bank.errors.map(formatContentError));

  const existing = await repo.contentHashes();
  const changed = bank.questions.filter((q) => {
    const row = existing.get(q.id);
    return !row || row.hash !== q.contentHash || row.status !== "published";
  });
  // An id authored in the app is not overwritten by a content file silently: content wins, by design,
  // because the repository is the reviewed source of truth.
  for (let i = 0; i < changed.length; i += 100) await repo.upsert(changed.slice(i, i + 100).map(questionToRow));
  const retired = await repo.retireContentExcept(bank.questions.map((q) => q.id));

  const version = createHash("sha256")
    .update(bank.questions.map((q) => `${q.id}:${q.contentHash}`).sort().join("\n"))
    .digest("hex")
    .slice(0, 12);
  const inserted = changed.filter((q) => !existing.has(q.id)).length;
  const report: SyncReport = {
    version,
    total: bank.questions.length,
    inserted,
    updated: changed.length - inserted,
    unchanged: bank.questions.length - changed.length,
    retired,
  };
  const latest = await repo.latestContentVersion();
  if (latest?.version !== version) await repo.recordContentVersion(version, report);
  return report;
}
