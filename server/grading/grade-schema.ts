/**
 * Zod schemas for what goes into a grader and what comes out. One source of truth:
 * the graders, the HTTP routes, the CLI and the LLM grader's output validation all
 * use these, and the TypeScript types are inferred from them.
 */
import { z } from "zod";

export const gradeKeyPointInputSchema = z.object({
  text: z.string().min(1),
  weight: z.number().positive().optional(),
  phrasings: z.array(z.string()).optional(),
});

export const gradeMisconceptionInputSchema = z.object({
  claim: z.string().min(1),
  patterns: z.array(z.string()),
  correction: z.string(),
});

export const gradeInputSchema = z.object({
  question: z.object({
    title: z.string(),
    keyPoints: z.array(gradeKeyPointInputSchema).min(1),
    misconceptions: z.array(gradeMisconceptionInputSchema).optional(),
    /** The question's model answer: misconception patterns it states are too generic to match. */
    modelAnswer: z.string().optional(),
  }),
  answer: z.string(),
});

/** A span of the answer: `quote === answer.slice(start, end)` always holds. */
export const evidenceSchema = z.object({
  quote: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const keyPointVerdictSchema = z.object({
  index: z.number().int().min(0),
  covered: z.boolean(),
  /** The grader's probability that the point is covered (0..1). */
  confidence: z.number().min(0).max(1),
  evidence: evidenceSchema.optional(),
  /** Set when the answer states the opposite of this key point ("caching increases latency"). */
  contradiction: evidenceSchema.optional(),
});

export const misconceptionVerdictSchema = z.object({
  index: z.number().int().min(0),
  claim: z.string(),
  correction: z.string(),
  evidence: evidenceSchema,
});

export const graderNameSchema = z.enum(["embedded", "llm"]);

export const gradeResultSchema = z.object({
  score: z.number().min(0).max(1),
  keyPoints: z.array(keyPointVerdictSchema),
  misconceptions: z.array(misconceptionVerdictSchema),
  feedback: z.string(),
  grader: graderNameSchema,
  note: z.string().optional(),
});

export type GradeInput = z.infer<typeof gradeInputSchema>;
export type GradeKeyPointInput = z.infer<typeof gradeKeyPointInputSchema>;
export type GradeMisconceptionInput = z.infer<typeof gradeMisconceptionInputSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type KeyPointVerdict = z.infer<typeof keyPointVerdictSchema>;
export type MisconceptionVerdict = z.infer<typeof misconceptionVerdictSchema>;
export type GradeResult = z.infer<typeof gradeResultSchema>;
export type GraderName = z.infer<typeof graderNameSchema>;

/**
 * The grader's view of a question as the bank, the editor and the database hold it: its
 * rubric, and its model answer (misconception patterns the model answer states are too
 * generic to match). One mapping, so a field the grader learns to use reaches every caller.
 */
export function gradeQuestionOf(q: {
  title: string;
  keyPoints: GradeKeyPointInput[];
  misconceptions?: GradeMisconceptionInput[];
  answer: string;
}): GradeInput["question"] {
  return { title: q.title, keyPoints: q.keyPoints, misconceptions: q.misconceptions, modelAnswer: q.answer };
}
