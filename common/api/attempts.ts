/** Answer practice API: submit an answer, read the feedback and history, dispute a verdict. */
import { z } from "zod";

/** Answers longer than this are refused (documented in the API): about 3,000 words. */
export const ANSWER_MAX_CHARS = 20_000;

export const createAttemptBodySchema = z.strictObject({
  answer: z
    .string()
    .max(ANSWER_MAX_CHARS, `must be at most ${ANSWER_MAX_CHARS} characters`)
    .refine((a) => a.trim().length > 0, "must not be empty: write or say your answer first"),
  mode: z.enum(["written", "spoken"]).default("written"),
  durationSec: z.number().int().min(0).max(4 * 3600).optional(),
});
export type CreateAttemptBody = z.input<typeof createAttemptBodySchema>;

const evidence = z.object({ quote: z.string(), start: z.number(), end: z.number() });

export const attemptSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  mode: z.enum(["written", "spoken"]),
  answer: z.string(),
  score: z.number(),
  grader: z.string(),
  note: z.string().optional(),
  feedback: z.string(),
  keyPoints: z.array(
    z.object({
      index: z.number(),
      text: z.string(),
      covered: z.boolean(),
      confidence: z.number(),
      evidence: evidence.optional(),
      contradiction: evidence.optional(),
      disputed: z.boolean(),
    }),
  ),
  misconceptions: z.array(z.object({ claim: z.string(), correction: z.string(), evidence })),
  followUp: z.string().optional(),
  durationSec: z.number().nullable(),
  createdAt: z.string(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const attemptListSchema = z.object({ items: z.array(attemptSchema) });

export const disputeBodySchema = z.strictObject({
  keyPointIndex: z.number().int().min(0).max(50),
  /** true: "I did cover this"; false: "this was not in my answer". */
  claimedCovered: z.boolean().default(true),
  comment: z.string().trim().max(1000).optional(),
});
export const attemptIdParamsSchema = z.strictObject({ id: z.uuid("must be an attempt id") });
