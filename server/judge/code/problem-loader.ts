// Loads coding problems from content/coding/<slug>/ and validates every file of the format
// (docs/content-format.md, "Coding problems"). Errors name the file, the field and, where the
// YAML/JSON parser can tell, the line — `backprep content check` prints them as they are.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import type { z } from "zod";
import type { ContentError } from "../../content/content-error";
import { parseFrontMatter } from "../../content/front-matter";
import { jsonLineOf } from "./json-locate";
import { codingFrontMatterSchema, testsFileSchema, type CodingFrontMatter } from "./problem-schema";
import { CODE_LANGS, type CodeLang, type JudgeProblem, type ProblemTests } from "./types";

export interface Mutant {
  name: string;
  lang: CodeLang;
  source: string;
  file: string;
}

export interface CodingProblem extends JudgeProblem, CodingFrontMatter {
  dir: string;
  statement: string;
  starters: Record<CodeLang, string>;
  solutions: Record<CodeLang, string>;
  mutants: Mutant[];
  editorial: string;
}

export interface CodingProblemResult {
  problem?: CodingProblem;
  errors: ContentError[];
}

export interface LoadOptions {
  /** Error file names are relative to this directory (default: the parent of the coding dir). */
  fileBase?: string;
}

const LANG_OF_EXT: Record<string, CodeLang> = { js: "js", ts: "ts", py: "py" };

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
}

function jsonSyntaxLine(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  return text.slice(0, Number(pos[1])).split("\n").length;
}

function zodErrors(
  file: string,
  error: z.ZodError,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined,
): ContentError[] {
  return error.issues.map((issue) => {
    const line = lineOf(issue.path);
    const field = fieldPath(issue.path);
    return { file, ...(line ? { line } : {}), ...(field ? { field } : {}), message: issue.message };
  });
}

async function loadTests(path: string, file: string, kind: "function" | "class", errors: ContentError[]) {
  const text = await readOptional(path);
  if (text === undefined) {
    errors.push({ file, message: "missing file" });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const line = jsonSyntaxLine(text, message);
    errors.push({ file, ...(line ? { line } : {}), message: `invalid JSON: ${message}` });
    return undefined;
  }
  const parsed = testsFileSchema(kind).safeParse(data);
  if (!parsed.success) {
    errors.push(...zodErrors(file, parsed.error, (path) => jsonLineOf(text, path)));
    return undefined;
  }
  const tests = parsed.data as ProblemTests;
  const seen = new Set<string>();
  for (const [group, cases] of [["examples", tests.examples], ["hidden", tests.hidden]] as const) {
    cases.forEach((c, i) => {
      if (seen.has(c.name)) errors.push({ file, field: `${group}[${i}].name`, message: `duplicate case name "${c.name}"` });
      seen.add(c.name);
    });
  }
  return tests;
}

async function loadMutants(dir: string, fileOf: (p: string) => string, errors: ContentError[]): Promise<Mutant[]> {
  const mutantsDir = join(dir, "mutants");
  const names = await readdir(mutantsDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [] as string[];
    throw err;
  });
  const mutants: Mutant[] = [];
  for (const name of names.sort()) {
    const path = join(mutantsDir, name);
    const match = /^([a-z0-9][a-z0-9-]*)\.(js|ts|py)$/.exec(name);
    if (!match) {
      errors.push({ file: fileOf(path), message: "a mutant must be named <kebab-name>.js|ts|py" });
      continue;
    }
    const source = await readFile(path, "utf8");
    if (!source.trim()) errors.push({ file: fileOf(path), message: "empty mutant" });
    mutants.push({ name: match[1]!, lang: LANG_OF_EXT[match[2]!]!, source, file: fileOf(path) });
  }
  if (mutants.length === 0)
    errors.push({ file: fileOf(mutantsDir), message: "give at least 1 mutant (a known-wrong solution) in mutants/" });
  return mutants;
}

/** Loads and validates one problem folder; `problem` is set only when there are no errors. */
export async function loadCodingProblem(dir: string, options: LoadOptions = {}): Promise<CodingProblemResult> {
  const base = options.fileBase ?? dirname(dirname(dir));
  const fileOf = (p: string) => relative(base, p);
  const errors: ContentError[] = [];
  const slugName = basename(dir);

  const mdPath = join(dir, "problem.md");
  const mdFile = fileOf(mdPath);
  const mdText = await readOptional(mdPath);
  let front: CodingFrontMatter | undefined;
  let statement = "";
  if (mdText === undefined) {
    errors.push({ file: mdFile, message: "missing file" });
  } else {
    const fm = parseFrontMatter(mdText);
    if ("error" in fm) {
      errors.push({ file: mdFile, line: fm.line, message: fm.error });
    } else if (fm.syntaxErrors.length) {
      errors.push(...fm.syntaxErrors.map((e) => ({ file: mdFile, line: e.line, message: e.message })));
    } else {
      const parsed = codingFrontMatterSchema.safeParse(fm.data);
      if (!parsed.success) errors.push(...zodErrors(mdFile, parsed.error, (p) => fm.lineOf(p)));
      else if (parsed.data.id !== slugName)
        errors.push({ file: mdFile, line: fm.lineOf(["id"]), field: "id", message: `id "${parsed.data.id}" must equal the folder name "${slugName}"` });
      else front = parsed.data;
      statement = fm.body.trim();
      if (!statement) errors.push({ file: mdFile, line: fm.bodyLine, message: "the statement (body) must not be empty" });
    }
  }

  const starters = {} as Record<CodeLang, string>;
  const solutions = {} as Record<CodeLang, string>;
  for (const lang of CODE_LANGS) {
    for (const [prefix, target] of [["starter", starters], ["solution", solutions]] as const) {
      const path = join(dir, `${prefix}.${lang}`);
      const text = await readOptional(path);
      if (text === undefined) errors.push({ file: fileOf(path), message: "missing file" });
      else if (!text.trim()) errors.push({ file: fileOf(path), message: "empty file" });
      else {
        target[lang] = text;
        if (front && !new RegExp(`\\b${front.entry}\\b`).test(text))
          errors.push({ file: fileOf(path), field: "entry", message: `does not define the entry "${front.entry}"` });
      }
    }
  }

  const editorialPath = join(dir, "editorial.md");
  const editorial = (await readOptional(editorialPath))?.trim();
  if (editorial === undefined) errors.push({ file: fileOf(editorialPath), message: "missing file" });
  else if (!editorial) errors.push({ file: fileOf(editorialPath), message: "empty file" });

  const mutants = await loadMutants(dir, fileOf, errors);
  const tests = front ? await loadTests(join(dir, "tests.json"), fileOf(join(dir, "tests.json")), front.kind, errors) : undefined;

  if (errors.length || !front || !tests) return { errors };
  return {
    problem: { ...front, dir, statement, starters, solutions, mutants, tests, editorial: editorial ?? "" },
    errors,
  };
}

/** Loads every problem folder under `codingDir` (content/coding); errors of all folders together. */
export async function loadCodingProblems(
  codingDir: string,
  options: LoadOptions = {},
): Promise<{ problems: CodingProblem[]; errors: ContentError[] }> {
  const entries = await readdir(codingDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return [];
    throw err;
  });
  const base = options.fileBase ?? dirname(codingDir);
  const problems: CodingProblem[] = [];
  const errors: ContentError[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const result = await loadCodingProblem(join(codingDir, entry.name), { fileBase: base });
    if (result.problem) problems.push(result.problem);
    errors.push(...result.errors);
  }
  for (const entry of entries.filter((e) => !e.isDirectory()))
    errors.push({ file: relative(base, join(codingDir, entry.name)), message: "only problem folders belong in coding/" });
  return { problems, errors };
}

/** Finds one problem by slug under `codingDir`; throws when it does not exist or is invalid. */
export async function loadCodingProblemBySlug(codingDir: string, slugName: string): Promise<CodingProblem> {
  const dir = join(codingDir, slugName);
  if (!/^[a-z0-9-]+$/.test(slugName) || !(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new Error(`unknown problem "${slugName}" (no folder ${dir})`);
  const result = await loadCodingProblem(dir);
  if (!result.problem)
    throw new Error(`problem "${slugName}" is invalid:\n${result.errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ""} ${e.field ?? ""} ${e.message}`).join("\n")}`);
  return result.problem;
}
