// Zod schemas of a coding problem's files: problem.md front matter and tests.json.
// One source of truth for the loader, `backprep content check` and the judge.
import { z } from "zod";

const nonEmpty = z.string().trim().min(1, "must not be empty");
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens");
// The entry is spliced into JS, TS and Python, so it must be an identifier valid in all three.
const identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an identifier (letters, digits, underscore)")
  .refine((s) => !RESERVED.has(s), "must not be a reserved word in JavaScript or Python");

const RESERVED = new Set([
  "class", "function", "return", "new", "delete", "typeof", "void", "var", "let", "const", "this",
  "import", "export", "default", "if", "else", "for", "while", "do", "in", "of", "try", "catch", "finally",
  "throw", "switch", "case", "break", "continue", "yield", "await", "async", "def", "lambda", "pass",
  "None", "True", "False", "and", "or", "not", "is", "from", "global", "nonlocal", "with", "as", "assert",
  "del", "elif", "except", "raise", "eval", "arguments",
]);

export const DEFAULT_TIME_LIMIT_MS = 2000;
export const DEFAULT_MEMORY_MB = 256;

export const codingFrontMatterSchema = z
  .object({
    id: slug.max(100),
    title: nonEmpty.max(200),
    difficulty: z.enum(["easy", "medium", "hard"]),
    topics: z.array(slug.max(40)).min(1, "give at least 1 topic").max(12),
    kind: z.enum(["function", "class"]),
    entry: identifier,
    hints: z.array(nonEmpty.max(500)).max(8).default([]),
    compare: z.enum(["exact", "unordered", "float"]).default("exact"),
    timeLimitMs: z.number().int().min(100).max(20_000).default(DEFAULT_TIME_LIMIT_MS),
    memoryMb: z.number().int().min(64).max(2048).default(DEFAULT_MEMORY_MB),
  })
  .strict();

export type CodingFrontMatter = z.infer<typeof codingFrontMatterSchema>;

const caseName = nonEmpty.max(200);

export const functionCaseSchema = z
  .object({ name: caseName, args: z.array(z.unknown()), expected: z.unknown() })
  .strict()
  .refine((c) => c.expected !== undefined, { message: "expected is required", path: ["expected"] });

export const classCaseSchema = z
  .object({
    name: caseName,
    ctor: z.array(z.unknown()).default([]),
    ops: z.array(identifier).min(1, "give at least 1 op"),
    args: z.array(z.array(z.unknown())),
    expected: z.array(z.unknown()),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.args.length !== c.ops.length)
      ctx.addIssue({ code: "custom", path: ["args"], message: `has ${c.args.length} entries for ${c.ops.length} ops` });
    if (c.expected.length !== c.ops.length)
      ctx.addIssue({ code: "custom", path: ["expected"], message: `has ${c.expected.length} entries for ${c.ops.length} ops` });
  });

export function testsFileSchema(kind: "function" | "class") {
  const testCase = kind === "class" ? classCaseSchema : functionCaseSchema;
  return z
    .object({
      examples: z.array(testCase).min(1, "give at least 1 example"),
      hidden: z.array(testCase).min(1, "give at least 1 hidden case"),
    })
    .strict();
}
