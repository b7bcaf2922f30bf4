/** Daily practice API: plan, today's queue, reviews, progress, export/import. */
import { z } from "zod";
import { timeZoneSchema } from "./auth";
import { PRACTICE_AREA_IDS } from "../content/topics";

export const itemTypeSchema = z.enum(["question", "coding", "sql"]);
export type ItemType = z.infer<typeof itemTypeSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  // Date.parse rolls 2026-02-30 over to March; a real date survives the round trip.
  .refine((d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(d);
  }, "must be a real calendar date");

export const planBodySchema = z.strictObject({
  targetRole: z.string().trim().min(1).max(80),
  targetLevel: z.enum(["junior", "mid", "senior"]),
  focusTopics: z.array(z.enum(PRACTICE_AREA_IDS)).max(PRACTICE_AREA_IDS.length).default([]),
  interviewDate: isoDate.nullable().default(null),
  dailyMinutes: z.number().int().min(5).max(480),
  desiredRetention: z.number().min(0.7).max(0.99).default(0.9),
  timeZone: timeZoneSchema.optional(),
});
export type PlanBody = z.input<typeof planBodySchema>;

export const planSchema = z.object({
  targetRole: z.string(),
  targetLevel: z.enum(["junior", "mid", "senior"]),
  focusTopics: z.array(z.string()),
  interviewDate: z.string().nullable(),
  dailyMinutes: z.number(),
  desiredRetention: z.number(),
  newPerDay: z.number(),
  onTrack: z.boolean(),
  daysLeft: z.number().nullable(),
});

export const intervalsSchema = z.object({ 1: z.string(), 2: z.string(), 3: z.string(), 4: z.string() });

export const todayItemSchema = z.object({
  itemType: itemTypeSchema,
  itemId: z.string(),
  title: z.string(),
  topic: z.string(),
  kind: z.enum(["review", "new"]),
  due: z.string().nullable(),
  version: z.number(),
  /** What each rating would schedule next, e.g. {1: "10m", 3: "3d"}. */
  intervals: intervalsSchema,
  /** The model answer's short form, shown when a flashcard is revealed. */
  shortAnswer: z.string().optional(),
  keyPoints: z.array(z.string()).optional(),
});
export type TodayItem = z.infer<typeof todayItemSchema>;

export const streakSchema = z.object({ current: z.number(), longest: z.number(), frozenDays: z.array(z.string()), practisedToday: z.boolean() });

export const todaySchema = z.object({
  today: z.string(),
  timeZone: z.string(),
  plan: planSchema.nullable(),
  items: z.array(todayItemSchema),
  dueCount: z.number(),
  newCount: z.number(),
  estimatedMinutes: z.number(),
  reviewedToday: z.number(),
  streak: streakSchema,
});
export type Today = z.infer<typeof todaySchema>;

export const reviewBodySchema = z.strictObject({
  itemType: itemTypeSchema,
  itemId: z.string().min(1).max(100),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The card version the client saw; a stale one gets 409 (another tab rated it first). */
  expectedVersion: z.number().int().min(0).optional(),
});

export const reviewResultSchema = z.object({
  itemType: itemTypeSchema,
  itemId: z.string(),
  due: z.string(),
  version: z.number(),
  state: z.number(),
  intervalLabel: z.string(),
});

export const progressSchema = z.object({
  today: z.string(),
  streak: streakSchema,
  heatmap: z.array(z.object({ day: z.string(), count: z.number() })),
  reviewsPerDay: z.array(z.object({ day: z.string(), reviews: z.number() })),
  averageGrade: z.array(z.object({ day: z.string(), grade: z.number() })),
  mastery: z.array(z.object({ topic: z.string(), mastery: z.number(), practised: z.number(), total: z.number() })),
  readiness: z.object({ score: z.number(), explanation: z.string(), weakest: z.array(z.object({ topic: z.string(), mastery: z.number() })) }),
  forecast: z.array(z.object({ day: z.string(), due: z.number() })),
  totalReviews: z.number(),
});
export type Progress = z.infer<typeof progressSchema>;

const exportedCard = z.object({
  itemType: itemTypeSchema,
  itemId: z.string().max(100),
  topic: z.string().max(60),
  due: z.iso.datetime(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.number().int().min(0).max(3),
  lastReview: z.iso.datetime().nullable(),
  lastGrade: z.number().min(0).max(1).nullable(),
});
const exportedLog = z.object({
  itemType: itemTypeSchema,
  itemId: z.string().max(100),
  rating: z.number().int().min(1).max(4),
  score: z.number().min(0).max(1).nullable(),
  source: z.enum(["flashcard", "attempt"]),
  reviewedAt: z.iso.datetime(),
  localDay: isoDate,
});

export const progressExportSchema = z.strictObject({
  format: z.literal("backprep-progress"),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  plan: planBodySchema.omit({ timeZone: true }).nullable(),
  cards: z.array(exportedCard).max(100_000),
  reviewLogs: z.array(exportedLog).max(1_000_000),
});
export type ProgressExport = z.infer<typeof progressExportSchema>;
