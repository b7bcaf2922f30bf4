/**
 * The schema of a question file's front matter (content/questions/<topic>/<id>.md).
 * One source of truth: the content checker, the loader, the authoring API and the
 * grader all read questions through it.
 */
import { z } from "zod";
import { COLLECTION_IDS, TOPIC_IDS } from "./topics";

const nonEmpty = z.string().trim().min(1, "must not be empty");
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens");

export const keyPointSchema = z
  .object({
    text: nonEmpty.max(300),
    weight: z.number().int().min(1).max(3).default(1),
    phrasings: z.array(nonEmpty.max(200)).min(3, "give at least 3 phrasings").max(20),
  })
  .strict();

export const misconceptionSchema = z
  .object({
    claim: nonEmpty.max(200),
    patterns: z.array(nonEmpty.max(160)).min(2, "give at least 2 patterns").max(12),
    correction: nonEmpty.max(400),
  })
  .strict();

export const referenceSchema = z
  .object({
    title: nonEmpty.max(200),
    url: z.url({ protocol: /^https$/ }),
  })
  .strict();

export const difficultySchema = z.enum(["easy", "medium", "hard"]);
export const levelSchema = z.enum(["junior", "mid", "senior"]);

export const questionFrontMatterSchema = z
  .object({
    id: slug.max(100),
    title: nonEmpty.max(200),
    topic: z.enum(TOPIC_IDS),
    tags: z.array(slug.max(40)).max(12).default([]),
    difficulty: difficultySchema,
    level: levelSchema,
    collections: z.array(z.enum(COLLECTION_IDS)).default([]),
    keyPoints: z.array(keyPointSchema).min(4, "give at least 4 key points").max(8),
    misconceptions: z.array(misconceptionSchema).max(6).default([]),
    followUps: z.array(nonEmpty.max(300)).min(2, "give at least 2 follow-ups").max(8),
    related: z.array(slug).max(10).default([]),
    references: z.array(referenceSchema).min(1, "give at least 1 reference").max(8),
  })
  .strict();

export type QuestionFrontMatter = z.infer<typeof questionFrontMatterSchema>;
export type KeyPoint = z.infer<typeof keyPointSchema>;
export type Misconception = z.infer<typeof misconceptionSchema>;
