/** Question bank API schemas. */
import { z } from "zod";
import { difficultySchema, levelSchema } from "../content/question-schema";
import { TOPIC_IDS } from "../content/topics";

export const progressFilterSchema = z.enum(["new", "learning", "mastered", "bookmarked"]);

export const listQuestionsQuerySchema = z.strictObject({
  q: z.string().max(10_000).optional(),
  topic: z.enum(TOPIC_IDS).optional(),
  difficulty: difficultySchema.optional(),
  level: levelSchema.optional(),
  collection: z.string().max(40).optional(),
  status: progressFilterSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type ListQuestionsQuery = z.input<typeof listQuestionsQuerySchema>;

export const questionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  difficulty: difficultySchema,
  level: levelSchema,
  tags: z.array(z.string()),
  collections: z.array(z.string()),
  /** With a search: a snippet where \u0001…\u0002 mark the matched words. */
  snippet: z.string().optional(),
  bookmarked: z.boolean().optional(),
  lastScore: z.number().nullable().optional(),
});
export type QuestionSummary = z.infer<typeof questionSummarySchema>;

export const questionListSchema = z.object({
  items: z.array(questionSummarySchema),
  nextCursor: z.string().nullable(),
});
export type QuestionList = z.infer<typeof questionListSchema>;

export const questionDetailSchema = questionSummarySchema.extend({
  status: z.enum(["published", "draft", "retired"]),
  keyPoints: z.array(z.object({ text: z.string(), weight: z.number() })),
  misconceptions: z.array(z.object({ claim: z.string(), correction: z.string() })),
  followUps: z.array(z.string()),
  related: z.array(z.object({ id: z.string(), title: z.string() })),
  references: z.array(z.object({ title: z.string(), url: z.string() })),
  answer: z.string(),
  shortAnswer: z.string(),
});
export type QuestionDetail = z.infer<typeof questionDetailSchema>;

export const questionIdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const topicsResponseSchema = z.object({
  topics: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
  collections: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
});
