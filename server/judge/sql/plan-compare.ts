// Grades `index` problems from EXPLAIN (FORMAT JSON) plans: the user's plan for the check query
// must use an index the submission created, contain the required node types, avoid the forbidden
// ones, and cost at most maxCostRatio × the reference plan's total cost. Estimated costs are used
// (not timings) because they are deterministic for a given dataset and statistics.

import type { PlanDiff, PlanRequirement } from "./types";

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Total Cost"?: number;
  Plans?: PlanNode[];
  [k: string]: unknown;
}

/** The root plan node of EXPLAIN (FORMAT JSON) output. */
export function planRoot(explain: unknown): PlanNode {
  const first = Array.isArray(explain) ? (explain[0] as { Plan?: PlanNode } | undefined) : undefined;
  if (!first?.Plan) throw new Error("EXPLAIN returned no plan");
  return first.Plan;
}

/** Flatten a plan into "Node Type[ on relation][ using index]" lines, depth-first. */
export function describePlan(node: PlanNode, depth = 0, out: string[] = []): string[] {
  let line = `${"  ".repeat(depth)}${node["Node Type"]}`;
  if (node["Relation Name"]) line += ` on ${node["Relation Name"]}`;
  if (node["Index Name"]) line += ` using ${node["Index Name"]}`;
  if (typeof node["Total Cost"] === "number") line += ` (cost ${node["Total Cost"].toFixed(2)})`;
  out.push(line);
  for (const child of node.Plans ?? []) describePlan(child, depth + 1, out);
  return out;
}

function nodes(node: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(node);
  for (const c of node.Plans ?? []) nodes(c, out);
  return out;
}

// "Seq Scan" matches any seq scan; "Seq Scan on orders" only the one on that relation.
function matches(node: PlanNode, pattern: string): boolean {
  const m = /^(.*?)(?: on (\S+))?$/.exec(pattern.trim());
  const type = m?.[1] ?? pattern;
  const rel = m?.[2];
  return node["Node Type"].toLowerCase() === type.toLowerCase() && (!rel || node["Relation Name"]?.toLowerCase() === rel.toLowerCase());
}

export interface PlanGrade {
  accepted: boolean;
  message: string;
  diff: PlanDiff;
}

/** Grade the user's plan against the reference plan. `newIndexes`: indexes the submission created. */
export function gradePlan(user: PlanNode, reference: PlanNode, req: PlanRequirement, newIndexes: string[]): PlanGrade {
  const userCost = user["Total Cost"] ?? Infinity;
  const referenceCost = reference["Total Cost"] ?? Infinity;
  const all = nodes(user);
  const missingNodes = req.requires.filter((p) => !all.some((n) => matches(n, p)));
  const forbiddenNodes = req.forbids.filter((p) => all.some((n) => matches(n, p)));
  const created = new Set(newIndexes.map((n) => n.toLowerCase()));
  const usesNew = all.some((n) => typeof n["Index Name"] === "string" && created.has(n["Index Name"].toLowerCase()));
  const diff: PlanDiff = {
    kind: "plan", userCost, referenceCost, maxCostRatio: req.maxCostRatio,
    userPlan: describePlan(user), referencePlan: describePlan(reference),
    ...(missingNodes.length ? { missingNodes } : {}),
    ...(forbiddenNodes.length ? { forbiddenNodes } : {}),
  };
  const problems: string[] = [];
  if (!usesNew) problems.push("the plan does not use any index you created");
  if (missingNodes.length) problems.push(`the plan lacks ${missingNodes.join(", ")}`);
  if (forbiddenNodes.length) problems.push(`the plan still has ${forbiddenNodes.join(", ")}`);
  if (!(userCost <= referenceCost * req.maxCostRatio)) {
    problems.push(`estimated cost ${userCost.toFixed(2)} is more than ${req.maxCostRatio}× the reference's ${referenceCost.toFixed(2)}`);
  }
  return problems.length
    ? { accepted: false, message: problems.join("; "), diff }
    : { accepted: true, message: `accepted: estimated cost ${userCost.toFixed(2)} (reference ${referenceCost.toFixed(2)})`, diff };
}
