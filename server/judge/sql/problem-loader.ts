// Loads and validates content/sql: datasets (<name>.sql + <name>.md) and problems
// (problems/<slug>.md: YAML front matter, statement, "## Editorial"). Static checks only — the
// statement policy, ORDER BY presence for ordered problems, references between files; running the
// references and the known-wrong queries is the job of the content test (sql-content.test.ts).
// Errors name the file, the field and, where it can be found, the line.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import { splitStatements, topLevelOrderBy } from "./sql-lexer";
import { checkSubmission } from "./statement-policy";
import type { SqlJudgeProblem } from "./types";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case");
const sql = z.string().trim().min(1, "must not be empty");

const wrongSchema = z.object({ sql, why: z.string().trim().min(1, "say why it is wrong") }).strict();

const caseSchema = z.object({
  name: z.string().trim().min(1),
  sql,
  expect: z.enum(["ok", "error"]),
  code: z.string().regex(/^[0-9A-Z]{2}([0-9A-Z]{3})?$/, "a SQLSTATE (23505) or class (23)").optional(),
}).strict();

const planSchema = z.object({
  maxCostRatio: z.number().positive().default(1.1),
  requires: z.array(z.string().min(1)).default([]),
  forbids: z.array(z.string().min(1)).default([]),
  maxIndexes: z.number().int().min(1).max(5).default(1),
}).strict();

export const sqlProblemFrontMatterSchema = z.object({
  id: slug.max(100),
  title: z.string().trim().min(1).max(200),
  dataset: slug,
  difficulty: z.enum(["easy", "medium", "hard"]),
  topics: z.array(slug).min(1, "give at least 1 topic").max(8),
  type: z.enum(["query", "dml", "index", "schema"]),
  setup: sql.optional(),
  reference: sql,
  check: sql.optional(),
  ordered: z.boolean().default(false),
  orderBy: z.array(z.string().min(1)).min(1).optional(),
  columnsByPosition: z.boolean().default(false),
  cases: z.array(caseSchema).min(1).optional(),
  plan: planSchema.optional(),
  timeLimitMs: z.number().int().min(100).max(10_000).optional(),
  wrong: z.array(wrongSchema).min(2, "give at least 2 known-wrong submissions"),
  hints: z.array(z.string().trim().min(1)).max(6).default([]),
}).strict();

export type SqlProblemFrontMatter = z.infer<typeof sqlProblemFrontMatterSchema>;

export interface SqlProblem extends SqlJudgeProblem {
  title: string;
  difficulty: "easy" | "medium" | "hard";
  topics: string[];
  wrong: { sql: string; why: string }[];
  hints: string[];
  /** Markdown statement (before "## Editorial"). */
  statement: string;
  editorial: string;
  file: string;
}

export interface SqlDataset {
  name: string;
  sql: string;
  /** Markdown description (with a Mermaid erDiagram). */
  description: string;
  file: string;
}

export interface ContentError {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

export interface SqlContent {
  problems: SqlProblem[];
  datasets: SqlDataset[];
  errors: ContentError[];
}

/** Load content/sql (default: the repository's). `rootDir` makes file names relative in errors. */
export async function loadSqlContent(sqlDir = path.resolve(import.meta.dirname, "../../../content/sql"), rootDir = path.resolve(sqlDir, "../..")): Promise<SqlContent> {
  const errors: ContentError[] = [];
  const rel = (f: string) => path.relative(rootDir, f);
  const datasets = await loadDatasets(path.join(sqlDir, "datasets"), rel, errors);
  const names = new Set(datasets.map((d) => d.name));
  const problems: SqlProblem[] = [];
  const problemDir = path.join(sqlDir, "problems");
  const ids = new Map<string, string>();
  for (const f of await listFiles(problemDir, ".md")) {
    const file = path.join(problemDir, f);
    const p = parseProblem(await readFile(file, "utf8"), rel(file), f.replace(/\.md$/, ""), names, errors);
    if (!p) continue;
    const seen = ids.get(p.id);
    if (seen) errors.push({ file: p.file, field: "id", message: `duplicate id (also in ${seen})` });
    ids.set(p.id, p.file);
    problems.push(p);
  }
  return { problems, datasets, errors };
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

async function loadDatasets(dir: string, rel: (f: string) => string, errors: ContentError[]): Promise<SqlDataset[]> {
  const out: SqlDataset[] = [];
  const sqlFiles = await listFiles(dir, ".sql");
  const mdFiles = new Set(await listFiles(dir, ".md"));
  for (const f of sqlFiles) {
    const name = f.replace(/\.sql$/, "");
    const file = rel(path.join(dir, f));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) errors.push({ file, message: "dataset file names must be kebab-case" });
    const text = await readFile(path.join(dir, f), "utf8");
    try {
      if (splitStatements(text).length === 0) errors.push({ file, message: "the dataset holds no SQL statement" });
    } catch (e) {
      errors.push({ file, message: `could not read the SQL: ${e instanceof Error ? e.message : String(e)}` });
    }
    let description = "";
    if (!mdFiles.has(`${name}.md`)) {
      errors.push({ file, message: `missing its description ${name}.md` });
    } else {
      description = await readFile(path.join(dir, `${name}.md`), "utf8");
      if (!/```mermaid[\s\S]*?erDiagram/.test(description)) {
        errors.push({ file: rel(path.join(dir, `${name}.md`)), message: "the description needs a ```mermaid erDiagram block" });
      }
    }
    out.push({ name, sql: text, description, file });
  }
  for (const md of mdFiles) {
    if (!sqlFiles.includes(md.replace(/\.md$/, ".sql"))) errors.push({ file: rel(path.join(dir, md)), message: "a dataset description without its .sql" });
  }
  return out;
}

/** Parse one problem file; pushes errors and returns undefined when it cannot be used. */
export function parseProblem(text: string, file: string, fileId: string, datasets: Set<string>, errors: ContentError[]): SqlProblem | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) {
    errors.push({ file, message: "expected YAML front matter between --- lines" });
    return undefined;
  }
  const [, yamlText, body] = m as unknown as [string, string, string];
  const lineOf = (field: string): number | undefined => {
    const i = yamlText.split(/\r?\n/).findIndex((l) => l.startsWith(`${field}:`));
    return i === -1 ? undefined : i + 2; // +1 for 1-based, +1 for the opening ---
  };
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    errors.push({ file, message: `invalid YAML: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, ...(line ? { line: line + 1 } : {}) });
    return undefined;
  }
  const parsed = sqlProblemFrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".") || undefined;
      const line = field ? lineOf(field.split(".")[0]!) : undefined;
      errors.push({ file, ...(field ? { field } : {}), ...(line ? { line } : {}), message: issue.message });
    }
    return undefined;
  }
  const fm = parsed.data;
  const err = (field: string, message: string) => {
    const line = lineOf(field.split(".")[0]!);
    errors.push({ file, field, ...(line ? { line } : {}), message });
  };
  const before = errors.length;
  if (fm.id !== fileId) err("id", `must equal the file name (${fileId})`);
  if (!datasets.has(fm.dataset)) err("dataset", `no dataset "${fm.dataset}" in content/sql/datasets`);
  const refPolicy = checkSubmission(fm.type, fm.reference);
  if (!refPolicy.ok) err("reference", `not a valid ${fm.type} submission: ${refPolicy.message}`);
  fm.wrong.forEach((w, i) => {
    const p = checkSubmission(fm.type, w.sql);
    if (!p.ok) err(`wrong.${i}.sql`, `not a valid ${fm.type} submission: ${p.message}`);
  });
  if (fm.type !== "query" && fm.type !== "schema" && !fm.check) err("check", `a ${fm.type} problem needs the check query that decides the verdict`);
  if (fm.type === "query" && fm.check) err("check", "a query problem compares the query's own result: omit check");
  if (fm.check) {
    const p = checkSubmission("query", fm.check);
    if (!p.ok) err("check", `must be one SELECT: ${p.message}`);
  }
  if (fm.type === "schema" && !fm.cases) err("cases", "a schema problem needs cases: statements that must succeed or fail after the DDL");
  if (fm.type !== "schema" && fm.cases) err("cases", "only schema problems take cases");
  if (fm.type !== "index" && fm.plan) err("plan", "only index problems take plan requirements");
  if (fm.type === "index" && refPolicy.ok && refPolicy.statements.length > (fm.plan?.maxIndexes ?? 1)) {
    err("plan.maxIndexes", `the reference creates ${refPolicy.statements.length} indexes; raise maxIndexes`);
  }
  // ordered: the order must come from somewhere the judge can see.
  const orderSource = fm.type === "query" ? fm.reference : fm.check;
  if (fm.ordered && !fm.orderBy && orderSource) {
    try {
      const sts = splitStatements(orderSource);
      const last = sts[sts.length - 1];
      if (!last || topLevelOrderBy(last).length === 0) {
        err("ordered", `ordered: true but the ${fm.type === "query" ? "reference" : "check query"} has no top-level ORDER BY`);
      }
    } catch {
      // Already reported by the policy check.
    }
  }
  const editorialAt = body.search(/^## Editorial\s*$/m);
  if (editorialAt === -1) errors.push({ file, field: "body", message: "missing the ## Editorial section" });
  const statement = (editorialAt === -1 ? body : body.slice(0, editorialAt)).trim();
  const editorial = editorialAt === -1 ? "" : body.slice(editorialAt).replace(/^## Editorial\s*/, "").trim();
  if (!statement) errors.push({ file, field: "body", message: "the statement (before ## Editorial) is empty" });
  if (editorialAt !== -1 && !editorial) errors.push({ file, field: "body", message: "the ## Editorial section is empty" });
  if (errors.length > before) return undefined;
  return {
    id: fm.id, title: fm.title, dataset: fm.dataset, difficulty: fm.difficulty, topics: fm.topics, type: fm.type,
    ...(fm.setup ? { setup: fm.setup } : {}),
    reference: fm.reference,
    ...(fm.check ? { check: fm.check } : {}),
    ordered: fm.ordered,
    ...(fm.orderBy ? { orderBy: fm.orderBy } : {}),
    columnsByPosition: fm.columnsByPosition,
    ...(fm.cases ? { cases: fm.cases } : {}),
    ...(fm.plan ? { plan: fm.plan } : {}),
    ...(fm.timeLimitMs ? { timeLimitMs: fm.timeLimitMs } : {}),
    wrong: fm.wrong, hints: fm.hints, statement, editorial, file,
  };
}
