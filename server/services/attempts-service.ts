/**
 * Answer practice: grade an answer against the question's rubric, store the attempt
 * with its full feedback, list the history, record disputes as labelled data.
 */
import type { Attempt, CreateAttemptBody } from "../../common/api/attempts";
import type { AttemptRow, AttemptsRepository } from "../db/repositories/attempts-repository";
import type { QuestionsRepository } from "../db/repositories/questions-repository";
import { badRequest, notFound } from "../errors";
import { gradeQuestionOf, type GradeResult } from "../grading/grade-schema";
import type { Grader, GradeOptions } from "../grading/grader";
import type { QuestionBody } from "./content-sync";

export interface AttemptsServiceDeps {
  attempts: AttemptsRepository;
  questions: QuestionsRepository;
  grader: Grader;
  /** Called after every graded attempt (the review scheduler listens here). */
  onGraded?(event: { userId: string; questionId: string; score: number; at: Date }): Promise<void>;
}

function present(row: AttemptRow, body: QuestionBody, disputed: Set<number> = new Set()): Attempt {
  const result = row.result as GradeResult;
  // A good answer earns the probing follow-up; a thin one the one that asks for basics.
  const followUp = body.followUps.length ? body.followUps[row.score >= 0.6 ? 0 : Math.min(1, body.followUps.length - 1)] : undefined;
  return {
    id: row.id,
    questionId: row.questionId,
    mode: row.mode,
    answer: row.answer,
    score: row.score,
    grader: row.grader,
    ...(result.note ? { note: result.note } : {}),
    feedback: result.feedback,
    keyPoints: result.keyPoints.map((k) => ({
      index: k.index,
      text: body.keyPoints[k.index]?.text ?? "",
      covered: k.covered,
      confidence: k.confidence,
      ...(k.evidence ? { evidence: k.evidence } : {}),
      ...(k.contradiction ? { contradiction: k.contradiction } : {}),
      disputed: disputed.has(k.index),
    })),
    misconceptions: result.misconceptions.map((m) => ({ claim: m.claim, correction: m.correction, evidence: m.evidence })),
    ...(followUp ? { followUp } : {}),
    durationSec: row.durationSec,
    createdAt: row.createdAt.toISOString(),
  };
}

export function createAttemptsService({ attempts, questions, grader, onGraded }: AttemptsServiceDeps) {
  async function publishedQuestion(id: string) {
    const q = await questions.findById(id);
    if (!q || q.status !== "published") throw notFound(`No question with id "${id}".`);
    return { row: q, body: q.body as QuestionBody };
  }

  return {
    graderName: () => grader.name,

    async create(userId: string, questionId: string, input: CreateAttemptBody, options?: GradeOptions): Promise<Attempt> {
      const { row: q, body } = await publishedQuestion(questionId);
      const result = await grader.grade(
        { question: gradeQuestionOf({ title: q.title, keyPoints: body.keyPoints, misconceptions: body.misconceptions, answer: q.answer }), answer: input.answer },
        options,
      );
      const row = await attempts.insert({
        userId,
        questionId,
        mode: input.mode ?? "written",
        answer: input.answer,
        score: result.score,
        grader: result.grader,
        result,
        durationSec: input.durationSec ?? null,
      });
      await onGraded?.({ userId, questionId, score: result.score, at: row.createdAt });
      return present(row, body);
    },

    async history(userId: string, questionId: string): Promise<Attempt[]> {
      const { body } = await publishedQuestion(questionId);
      const rows = await attempts.listForQuestion(userId, questionId);
      const disputed = await attempts.disputedIndexes(rows.map((r) => r.id));
      return rows.map((r) => present(r, body, disputed.get(r.id)));
    },

    async dispute(userId: string, attemptId: string, input: { keyPointIndex: number; claimedCovered?: boolean; comment?: string }) {
      const row = await attempts.findOwned(userId, attemptId);
      if (!row) throw notFound("No such attempt.");
      const result = row.result as GradeResult;
      if (input.keyPointIndex >= result.keyPoints.length) {
        throw badRequest("The key point does not exist.", [{ field: "body.keyPointIndex", message: `must be less than ${result.keyPoints.length}` }]);
      }
      await attempts.upsertDispute({ attemptId, keyPointIndex: input.keyPointIndex, claimedCovered: input.claimedCovered ?? true, comment: input.comment });
    },
  };
}

export type AttemptsService = ReturnType<typeof createAttemptsService>;
