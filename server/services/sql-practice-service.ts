/**
 * SQL practice: the problem catalogue (content/sql, loaded once), running, judging and explaining
 * a user's query in the judge's sandboxes (never the app's database), and the submission history.
 * No HTTP here; the judge is behind a small getter so the route decides its lifetime.
 */
import type {
  SqlDatasetInfo,
  SqlDiff,
  SqlExplainResult,
  SqlPlanNode,
  SqlProblemDetail,
  SqlProblemList,
  SqlRelation,
  SqlRunResult,
  SqlSubmission,
  SqlTableInfo,
} from "../../common/api/sql";
import type { SqlSubmissionRow, SqlSubmissionsRepository } from "../db/repositories/sql-submissions-repository";
import { notFound } from "../errors";
import type { SqlJudge } from "../judge/sql/judge";
import type { SqlContent, SqlDataset, SqlProblem } from "../judge/sql/problem-loader";
import { LIMITS } from "../judge/sql/sandbox-protocol";
import type { JudgeVerdict } from "../judge/sql/types";

export interface SqlPracticeDeps {
  repo: SqlSubmissionsRepository;
  /** Loads content/sql; called once, on first use. */
  loadContent(): Promise<SqlContent>;
  /** The process's judge (created on first use by the caller). */
  judge(): Promise<SqlJudge>;
  /** Called when content/sql has files that could not be loaded (they are left out). */
  onContentErrors?(errors: SqlContent["errors"]): void;
  /** Called after every judged submission (the review scheduler listens here). */
  onJudged?(event: { userId: string; problemId: string; accepted: boolean }): Promise<void>;
}

// --- dataset descriptions ------------------------------------------------------------------------

const MERMAID_BLOCK = /```mermaid\s*\n([\s\S]*?)```/;

/** Tables, columns and relations from a Mermaid erDiagram (the subset our dataset files use). */
export function parseErDiagram(source: string): { tables: SqlTableInfo[]; relations: SqlRelation[] } {
  const tables: SqlTableInfo[] = [];
  const relations: SqlRelation[] = [];
  let current: SqlTableInfo | undefined;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("%%") || line === "erDiagram") continue;
    if (current) {
      if (line === "}") {
        current = undefined;
        continue;
      }
      // type name [PK|FK|UK[, …]] ["comment"]
      const m = /^([\w.()[\]-]+)\s+([\w-]+)(?:\s+((?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*))?(?:\s+"([^"]*)")?$/.exec(line);
      if (m) {
        current.columns.push({
          name: m[2]!,
          type: m[1]!,
          keys: m[3] ? m[3].split(",").map((k) => k.trim()) : [],
          ...(m[4] ? { note: m[4] } : {}),
        });
      }
      continue;
    }
    const entity = /^([\w-]+)\s*\{$/.exec(line);
    if (entity) {
      current = tables.find((t) => t.name === entity[1]) ?? { name: entity[1]!, columns: [] };
      if (!tables.includes(current)) tables.push(current);
      continue;
    }
    const rel = /^([\w-]+)\s+([|}o]{2}(?:--|\.\.)[|{o]{2})\s+([\w-]+)\s*:\s*(?:"([^"]*)"|(\S+))$/.exec(line);
    if (rel) relations.push({ from: rel[1]!, cardinality: rel[2]!, to: rel[3]!, label: rel[4] ?? rel[5] ?? "" });
  }
  return { tables, relations };
}

/** The dataset as the problem page shows it: prose, the diagram's source, tables for completion. */
export function describeDataset(dataset: SqlDataset): SqlDatasetInfo {
  const mermaid = MERMAID_BLOCK.exec(dataset.description);
  const erDiagram = mermaid?.[1]?.trim() ?? "";
  const title = /^#\s+(.+)$/m.exec(dataset.description)?.[1]?.trim() ?? dataset.name;
  const description = dataset.description
    .replace(MERMAID_BLOCK, "")
    .replace(/^#\s+.+\n/m, "")
    .trim();
  return { name: dataset.name, title, description, erDiagram, ...parseErDiagram(erDiagram) };
}

// --- results and plans ---------------------------------------------------------------------------

// PostgreSQL type OIDs the datasets use; anything else is shown by number.
const TYPE_NAMES: Record<number, string> = {
  16: "boolean", 20: "bigint", 21: "smallint", 23: "integer", 25: "text", 700: "real", 701: "double precision",
  1042: "char", 1043: "varchar", 1082: "date", 1083: "time", 1114: "timestamp", 1184: "timestamptz", 1186: "interval",
  1700: "numeric", 2950: "uuid", 114: "json", 3802: "jsonb", 1009: "text[]", 1007: "integer[]", 1016: "bigint[]", 19: "name", 26: "oid",
};
const typeName = (oid: number) => TYPE_NAMES[oid] ?? `oid ${oid}`;

const COSTLY_SHARE = 0.3;
const CONDITION_KEYS = ["Hash Cond", "Merge Cond", "Join Filter", "Index Cond", "Recheck Cond", "Filter", "Sort Key", "Group Key", "One-Time Filter"];

interface RawPlanNode {
  "Node Type"?: string;
  "Relation Name"?: string;
  Alias?: string;
  "Index Name"?: string;
  "Join Type"?: string;
  Strategy?: string;
  "CTE Name"?: string;
  "Startup Cost"?: number;
  "Total Cost"?: number;
  "Plan Rows"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: RawPlanNode[];
  [key: string]: unknown;
}

/** EXPLAIN (FORMAT JSON) output flattened in pre-order, each node with its own cost and a costly flag. */
export function flattenPlan(plan: unknown): { nodes: SqlPlanNode[]; totalCost: number } {
  const root = (Array.isArray(plan) ? (plan[0] as { Plan?: RawPlanNode } | undefined)?.Plan : (plan as { Plan?: RawPlanNode } | null)?.Plan) ?? undefined;
  if (!root) return { nodes: [], totalCost: 0 };
  const totalCost = root["Total Cost"] ?? 0;
  const nodes: SqlPlanNode[] = [];
  const walk = (n: RawPlanNode, parentId: number | null, depth: number) => {
    const id = nodes.length;
    const children = n.Plans ?? [];
    const cost = n["Total Cost"] ?? 0;
    const selfCost = Math.max(0, cost - children.reduce((s, c) => s + (c["Total Cost"] ?? 0), 0));
    const detail = [
      n["Join Type"] && n["Join Type"] !== "Inner" ? `${n["Join Type"]} join` : "",
      n.Strategy && n.Strategy !== "Plain" ? n.Strategy.toLowerCase() : "",
      n["Index Name"] ? `using ${n["Index Name"]}` : "",
      n["Relation Name"] ? `on ${n["Relation Name"]}${n.Alias && n.Alias !== n["Relation Name"] ? ` ${n.Alias}` : ""}` : "",
      n["CTE Name"] ? `CTE ${n["CTE Name"]}` : "",
    ].filter(Boolean).join(" ");
    const conditions = CONDITION_KEYS.flatMap((k) => {
      const v = n[k];
      if (typeof v === "string") return [`${k}: ${v}`];
      if (Array.isArray(v)) return [`${k}: ${v.join(", ")}`];
      return [];
    });
    nodes.push({
      id,
      parentId,
      depth,
      nodeType: n["Node Type"] ?? "?",
      detail,
      conditions,
      startupCost: n["Startup Cost"] ?? 0,
      totalCost: cost,
      selfCost: Math.round(selfCost * 100) / 100,
      planRows: n["Plan Rows"] ?? 0,
      ...(n["Actual Rows"] !== undefined ? { actualRows: n["Actual Rows"] } : {}),
      ...(n["Actual Loops"] !== undefined ? { actualLoops: n["Actual Loops"] } : {}),
      costly: totalCost > 0 && selfCost / totalCost >= COSTLY_SHARE,
    });
    for (const c of children) walk(c, id, depth + 1);
  };
  walk(root, null, 0);
  return { nodes, totalCost };
}

/** What the list and the problem page both show. */
function summaryOf(p: SqlProblem) {
  return { slug: p.id, title: p.title, difficulty: p.difficulty, topics: p.topics, type: p.type, dataset: p.dataset };
}

function presentSubmission(row: SqlSubmissionRow): SqlSubmission {
  const result = (row.result ?? {}) as { message?: string; diff?: SqlDiff; timeMs?: number };
  return {
    id: row.id,
    slug: row.problemId,
    query: row.query,
    verdict: (row.verdict ?? "error") as SqlSubmission["verdict"],
    message: result.message ?? "",
    ...(result.diff ? { diff: result.diff } : {}),
    timeMs: result.timeMs ?? 0,
    createdAt: row.createdAt.toISOString(),
  };
}

// --- the service ---------------------------------------------------------------------------------

export function createSqlPracticeService(deps: SqlPracticeDeps) {
  let catalogue: Promise<{ problems: SqlProblem[]; datasets: Map<string, SqlDatasetInfo> }> | undefined;

  function content() {
    if (!catalogue) {
      const loading = deps.loadContent().then((c) => {
        if (c.errors.length) deps.onContentErrors?.(c.errors);
        return { problems: c.problems, datasets: new Map(c.datasets.map((d) => [d.name, describeDataset(d)])) };
      });
      // A failed load (unreadable directory) is retried on the next request rather than cached.
      loading.catch(() => {
        if (catalogue === loading) catalogue = undefined;
      });
      catalogue = loading;
    }
    return catalogue;
  }

  async function problem(slug: string): Promise<SqlProblem> {
    const p = (await content()).problems.find((x) => x.id === slug);
    if (!p) throw notFound(`No SQL problem "${slug}".`);
    return p;
  }

  return {
    /** Every problem, with solved/attempted flags when a user is given. */
    async list(userId?: string): Promise<SqlProblemList> {
      const { problems, datasets } = await content();
      const progress = userId ? new Map((await deps.repo.progress(userId)).map((p) => [p.problemId, p.solved])) : undefined;
      return {
        items: problems.map((p) => ({
          ...summaryOf(p),
          ...(progress ? { solved: progress.get(p.id) === true, attempted: progress.has(p.id) } : {}),
        })),
        datasets: [...datasets.values()].map((d) => ({ name: d.name, title: d.title })),
      };
    },

    /** One problem; the editorial and the reference only once the user has an accepted submission. */
    async get(slug: string, userId?: string): Promise<SqlProblemDetail> {
      const p = await problem(slug);
      const datasetInfo = (await content()).datasets.get(p.dataset);
      if (!datasetInfo) throw notFound(`The dataset "${p.dataset}" of "${slug}" is missing.`);
      const solved = userId ? await deps.repo.hasAccepted(userId, p.id) : undefined;
      return {
        ...summaryOf(p),
        statement: p.statement,
        hints: p.hints,
        ordered: p.ordered,
        timeLimitMs: p.timeLimitMs ?? LIMITS.timeLimitMs,
        datasetInfo,
        ...(solved !== undefined ? { solved } : {}),
        ...(solved ? { editorial: p.editorial, reference: p.reference } : {}),
      };
    },

    /** Run the query and return its result (the check query's, for dml/index/schema problems). */
    async run(slug: string, query: string): Promise<SqlRunResult> {
      const p = await problem(slug);
      const out = await (await deps.judge()).run(p, query);
      if ("error" in out) return { outcome: out.error.kind, message: out.error.message, columns: [], rows: [], rowCount: 0, truncated: false };
      return {
        outcome: "ok",
        columns: out.columns.map((c) => ({ name: c.name, type: typeName(c.typeOid) })),
        rows: out.rows,
        rowCount: out.rowCount,
        truncated: out.truncated,
        timeMs: out.timeMs,
      };
    },

    /** Judge the query, store the verdict with its diff, return it. */
    async submit(userId: string, slug: string, query: string): Promise<SqlSubmission> {
      const p = await problem(slug);
      const verdict: JudgeVerdict = await (await deps.judge()).judge(p, query);
      const row = await deps.repo.insert({
        userId,
        problemId: p.id,
        mode: "submit",
        query,
        verdict: verdict.verdict,
        result: { message: verdict.message, ...(verdict.diff ? { diff: verdict.diff } : {}), timeMs: verdict.timeMs },
      });
      await deps.onJudged?.({ userId, problemId: p.id, accepted: verdict.verdict === "accepted" });
      return presentSubmission(row);
    },

    async explain(slug: string, query: string): Promise<SqlExplainResult> {
      const p = await problem(slug);
      const out = await (await deps.judge()).explain(p, query);
      if ("error" in out) return { outcome: out.error.kind, message: out.error.message, nodes: [] };
      const { nodes, totalCost } = flattenPlan(out.plan);
      return { outcome: "ok", nodes, totalCost, timeMs: out.timeMs };
    },

    async history(userId: string, slug: string): Promise<SqlSubmission[]> {
      const p = await problem(slug);
      return (await deps.repo.listForProblem(userId, p.id)).map(presentSubmission);
    },
  };
}

export type SqlPracticeService = ReturnType<typeof createSqlPracticeService>;
