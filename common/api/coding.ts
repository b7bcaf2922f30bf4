/** Coding challenges API: the problem list, one problem, submissions and their verdicts. */
import { z } from "zod";

/** Largest source accepted, in UTF-8 bytes (documented in the API). */
export const SOURCE_MAX_BYTES = 64 * 1024;

export const codeLanguageSchema = z.enum(["js", "ts", "py"]);
export type CodeLanguage = z.infer<typeof codeLanguageSchema>;
export const CODE_LANGUAGES = codeLanguageSchema.options;
export const LANGUAGE_NAMES: Record<CodeLanguage, string> = { js: "JavaScript", ts: "TypeScript", py: "Python" };

export const judgeModeSchema = z.enum(["run", "submit"]);
export type JudgeMode = z.infer<typeof judgeModeSchema>;

const difficultySchema = z.enum(["easy", "medium", "hard"]);

/** bwrap: full sandbox; fallback: rlimits and a private work dir only; unavailable: the judge could not start. */
export const isolationSchema = z.enum(["bwrap", "fallback", "unavailable"]);
export type Isolation = z.infer<typeof isolationSchema>;

const byteLength = (s: string) => new TextEncoder().encode(s).length;

export const slugParamsSchema = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,100}$/, "must be a problem slug") });
export const submissionIdParamsSchema = z.strictObject({ id: z.uuid("must be a submission id") });

export const listCodingQuerySchema = z.strictObject({
  difficulty: difficultySchema.optional(),
  topic: z.string().max(40).optional(),
  /** Signed-in users only; ignored for guests. */
  status: z.enum(["solved", "unsolved"]).optional(),
});
export type ListCodingQuery = z.infer<typeof listCodingQuerySchema>;

export const codingSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  difficulty: difficultySchema,
  topics: z.array(z.string()),
  /** Null for guests. */
  solved: z.boolean().nullable(),
  attempted: z.boolean().nullable(),
});
export type CodingSummary = z.infer<typeof codingSummarySchema>;
export const codingListSchema = z.object({ items: z.array(codingSummarySchema) });
export type CodingList = z.infer<typeof codingListSchema>;

export const visibleExampleSchema = z.object({
  name: z.string(),
  /** kind function: the argument list; kind class: { ctor, ops, args }. */
  input: z.unknown(),
  expected: z.unknown(),
});
export type VisibleExample = z.infer<typeof visibleExampleSchema>;

export const codingProblemSchema = codingSummarySchema.extend({
  kind: z.enum(["function", "class"]),
  entry: z.string(),
  compare: z.enum(["exact", "unordered", "float"]),
  statement: z.string(),
  starters: z.object({ js: z.string(), ts: z.string(), py: z.string() }),
  examples: z.array(visibleExampleSchema),
  hiddenCount: z.number().int(),
  hints: z.array(z.string()),
  limits: z.object({ timeLimitMs: z.number(), memoryMb: z.number(), sourceMaxBytes: z.number() }),
  /** Null until the user has an accepted submission. */
  editorial: z.string().nullable(),
  isolation: isolationSchema,
});
export type CodingProblemDetail = z.infer<typeof codingProblemSchema>;

export const createSubmissionBodySchema = z.strictObject({
  language: codeLanguageSchema,
  source: z
    .string()
    .refine((s) => s.trim().length > 0, "must not be empty: write your solution first")
    .refine((s) => byteLength(s) <= SOURCE_MAX_BYTES, `must be at most ${SOURCE_MAX_BYTES / 1024} KB`),
  mode: judgeModeSchema.default("submit"),
});
export type CreateSubmissionBody = z.input<typeof createSubmissionBodySchema>;

export const verdictKindSchema = z.enum(["accepted", "wrong_answer", "time_limit", "memory_limit", "runtime_error", "compile_error"]);
export type VerdictKind = z.infer<typeof verdictKindSchema>;
export const VERDICT_LABELS: Record<VerdictKind, string> = {
  accepted: "Accepted",
  wrong_answer: "Wrong answer",
  time_limit: "Time limit exceeded",
  memory_limit: "Memory limit exceeded",
  runtime_error: "Runtime error",
  compile_error: "Compile error",
};

export const testResultSchema = z.object({ name: z.string(), passed: z.boolean(), timeMs: z.number(), hidden: z.boolean() });
export type TestResult = z.infer<typeof testResultSchema>;

/** The first case that failed; input, expected and got only for visible cases. */
export const firstFailureSchema = z.object({
  name: z.string(),
  hidden: z.boolean(),
  input: z.unknown().optional(),
  expected: z.unknown().optional(),
  got: z.unknown().optional(),
  error: z.string().optional(),
});
export type FirstFailure = z.infer<typeof firstFailureSchema>;

export const judgeResultSchema = z.object({
  verdict: verdictKindSchema,
  tests: z.array(testResultSchema),
  timeMs: z.number(),
  memoryKb: z.number(),
  firstFailure: firstFailureSchema.optional(),
  stderr: z.string().optional(),
  compileError: z.string().optional(),
});
export type JudgeResult = z.infer<typeof judgeResultSchema>;

export const submissionStatusSchema = z.enum(["queued", "running", "done", "error"]);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const submissionSummarySchema = z.object({
  id: z.string(),
  problemId: z.string(),
  language: codeLanguageSchema,
  mode: judgeModeSchema,
  status: submissionStatusSchema,
  verdict: verdictKindSchema.nullable(),
  timeMs: z.number().nullable(),
  memoryKb: z.number().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

export const submissionSchema = submissionSummarySchema.extend({
  source: z.string(),
  /** Set when status is done. */
  result: judgeResultSchema.nullable(),
  /** Set when status is error: the judge itself failed, not the code. */
  error: z.string().nullable(),
});
export type Submission = z.infer<typeof submissionSchema>;

export const submissionListSchema = z.object({ items: z.array(submissionSummarySchema) });
export const submissionResponseSchema = z.object({ submission: submissionSchema });
export const acceptedSubmissionSchema = z.object({ submission: submissionSummarySchema });
