// Zod schemas of a coding problem's files: problem.md front matter and tests.json.
// One source of truth for the loader, `backprep content check` and the judge.
import { z } from "zod";

const nonEmpty = z.string().trim().min(1, "must not be empty");
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lowercase letters, digits and single hyphens");
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PYTHON_KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
  "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
  "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);
const JS_RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  "let", "static", "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval",
]);

// The entry is spliced into JS, TS and Python as a top-level name: valid and unreserved in all three.
const identifier = z
  .string()
  .regex(IDENTIFIER, "must be an identifier (letters, digits, underscore)")
  .refine((s) => !JS_RESERVED.has(s) && !PYTHON_KEYWORDS.has(s), "must not be a reserved word in JavaScript or Python");
// Methods are looked up as properties (obj[op], getattr), so JS reserved words such as `delete`
// are fine; a Python keyword could not be defined as a method.
const methodName = z
  .string()
  .regex(IDENTIFIER, "must be an identifier (letters, digits, underscore)")
  .refine((s) => !PYTHON_KEYWORDS.has(s), "must not be a Python keyword");

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
    ops: z.array(methodName).min(1, "give at least 1 op"),
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
