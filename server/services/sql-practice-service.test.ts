import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { describeDataset, flattenPlan, parseErDiagram } from "./sql-practice-service";

describe("parseErDiagram", () => {
  it("reads entities, typed columns with keys and notes, and relations", () => {
    const { tables, relations } = parseErDiagram(`erDiagram
    customers ||--o{ orders : "customer_id"
    orders }|..|| plans : plan
    customers {
        integer id PK
        text email UK "lower-cased"
        timestamptz signed_up_at
    }
    orders {
        integer id PK
        integer customer_id FK
        integer plan_id PK, FK
    }`);
    expect(tables).toEqual([
      { name: "customers", columns: [{ name: "id", type: "integer", keys: ["PK"] }, { name: "email", type: "text", keys: ["UK"], note: "lower-cased" }, { name: "signed_up_at", type: "timestamptz", keys: [] }] },
      { name: "orders", columns: [{ name: "id", type: "integer", keys: ["PK"] }, { name: "customer_id", type: "integer", keys: ["FK"] }, { name: "plan_id", type: "integer", keys: ["PK", "FK"] }] },
    ]);
    expect(relations).toEqual([
      { from: "customers", to: "orders", cardinality: "||--o{", label: "customer_id" },
      { from: "orders", to: "plans", cardinality: "}|..||", label: "plan" },
    ]);
  });

  // The diagram feeds the editor's completion: it must name every table and column the dataset creates.
  it.each(["ecommerce", "billing", "analytics"])("describes every table and column of the %s dataset", async (name) => {
    const dir = path.join(REPO_ROOT, "content/sql/datasets");
    const [sql, description] = await Promise.all([readFile(path.join(dir, `${name}.sql`), "utf8"), readFile(path.join(dir, `${name}.md`), "utf8")]);
    const info = describeDataset({ name, sql, description, file: "" });
    expect(info.title).not.toBe(name);
    expect(info.description).not.toMatch(/erDiagram/);
    const created = [...sql.matchAll(/CREATE TABLE\s+(?:IF NOT EXISTS\s+)?(\w+)\s*\(([\s\S]*?)\n\);/gi)].map((m) => ({
      table: m[1]!,
      columns: m[2]!
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => /^[a-z_]\w*\s/.test(l) && !/^(primary|unique|foreign|check|constraint|exclude)\b/i.test(l))
        .map((l) => l.split(/\s+/)[0]!),
    }));
    expect(created.length).toBeGreaterThan(0);
    expect(info.tables.map((t) => t.name).sort()).toEqual(created.map((c) => c.table).sort());
    for (const c of created) {
      expect(info.tables.find((t) => t.name === c.table)!.columns.map((col) => col.name), c.table).toEqual(c.columns);
    }
  });
});

describe("flattenPlan", () => {
  it("flattens in pre-order with depths, own costs and the costly nodes marked", () => {
    const plan = [
      {
        Plan: {
          "Node Type": "Hash Join", "Join Type": "Right Anti", "Startup Cost": 68, "Total Cost": 442.91, "Plan Rows": 286, "Actual Rows": 286, "Actual Loops": 1, "Hash Cond": "(o.customer_id = c.id)",
          Plans: [
            { "Node Type": "Seq Scan", "Relation Name": "orders", Alias: "o", "Startup Cost": 0, "Total Cost": 229, "Plan Rows": 12000 },
            { "Node Type": "Hash", "Startup Cost": 43, "Total Cost": 43, "Plan Rows": 2000, Plans: [{ "Node Type": "Seq Scan", "Relation Name": "customers", Alias: "customers", "Startup Cost": 0, "Total Cost": 43, "Plan Rows": 2000, Filter: "(id > 0)" }] },
          ],
        },
      },
    ];
    const { nodes, totalCost } = flattenPlan(plan);
    expect(totalCost).toBe(442.91);
    expect(nodes.map((n) => [n.id, n.parentId, n.depth, n.nodeType, n.detail])).toEqual([
      [0, null, 0, "Hash Join", "Right Anti join"],
      [1, 0, 1, "Seq Scan", "on orders o"],
      [2, 0, 1, "Hash", ""],
      [3, 2, 2, "Seq Scan", "on customers"],
    ]);
    expect(nodes[0]!.selfCost).toBe(170.91);
    expect(nodes[0]!.conditions).toEqual(["Hash Cond: (o.customer_id = c.id)"]);
    expect(nodes[3]!.conditions).toEqual(["Filter: (id > 0)"]);
    expect(nodes.map((n) => n.costly)).toEqual([true, true, false, false]);
    expect(nodes[2]!.selfCost).toBe(0);
  });

  it("gives an empty tree for a missing plan", () => {
    expect(flattenPlan(null)).toEqual({ nodes: [], totalCost: 0 });
  });
});
