/**
 * Authoring API schemas: questions written in the app as drafts, published by an admin,
 * exported to and imported from the content file format, exported to Anki.
 * The draft body IS the question file's front matter schema plus the two answer
 * sections, so the app and the content checker accept exactly the same questions.
 */
import { z } from "zod";
import { questionFrontMatterSchema } from "../content/question-schema";
import { problemSchema } from "./problem";
import { listQuestionsQuerySchema } from "./questions";

/** Generous caps for the two Markdown sections (the checker asks for 150–400 words). */
export const ANSWER_MAX_CHARS = 20_000;
export const SHORT_ANSWER_MAX_CHARS = 5_000;
/** A question file is a few KB; this leaves room for long answers and many phrasings. */
export const IMPORT_MAX_CHARS = 100_000;

export const questionDraftBodySchema = questionFrontMatterSchema.extend({
  /** The model answer (Markdown): the "## Answer" section of the file. */
  answer: z.string().max(ANSWER_MAX_CHARS),
  /** The "## In 60 seconds" section (Markdown). */
  shortAnswer: z.string().max(SHORT_ANSWER_MAX_CHARS),
});
/** What the editor sends: defaults (tags, collections, weights…) may be left out. */
export type QuestionDraftInput = z.input<typeof questionDraftBodySchema>;
/** A complete question as stored and serialised. */
export type QuestionDraftData = z.output<typeof questionDraftBodySchema>;

export const questionStatusSchema = z.enum(["published", "draft", "retired"]);

export const authoredQuestionSchema = questionDraftBodySchema.extend({
  status: questionStatusSchema,
  source: z.enum(["content", "app"]),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  updatedAt: z.string(),
  /** Not errors: misconception claims and patterns the grader ignores because the model answer or a key point says them too. */
  notices: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type AuthoredQuestion = z.infer<typeof authoredQuestionSchema>;

export const draftSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  difficulty: z.string(),
  level: z.string(),
  status: questionStatusSchema,
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  /** The draft was written by the caller (admins also see everyone else's). */
  mine: z.boolean(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export const draftListSchema = z.object({ items: z.array(draftSummarySchema) });
export type DraftList = z.infer<typeof draftListSchema>;

export const importBodySchema = z.strictObject({
  markdown: z.string().min(1, "must not be empty").max(IMPORT_MAX_CHARS, `must be at most ${IMPORT_MAX_CHARS} characters`),
  /** The uploaded file's name or path (e.g. content/questions/caching/x.md): checked against id and topic like the CLI does. */
  fileName: z.string().max(300).optional(),
});
export type ImportBody = z.input<typeof importBodySchema>;
export const importResultSchema = z.object({ question: authoredQuestionSchema, created: z.boolean() });
export type ImportResult = z.infer<typeof importResultSchema>;

/** Problem details whose field errors may also say where in a file the problem is. */
export const contentProblemSchema = problemSchema.extend({
  errors: z.array(z.object({ field: z.string(), message: z.string(), file: z.string().optional(), line: z.number().optional() })).optional(),
});
export type ContentProblem = z.infer<typeof contentProblemSchema>;

export const ankiExportQuerySchema = listQuestionsQuerySchema.pick({ q: true, topic: true, difficulty: true, level: true, collection: true });
export type AnkiExportQuery = z.infer<typeof ankiExportQuerySchema>;
