import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSqlContent } from "./problem-loader";

const fixtures = path.join(import.meta.dirname, "fixtures/content");

describe("loadSqlContent", async () => {
  const content = await loadSqlContent(path.join(fixtures, "sql"), fixtures);
  const errorsOf = (file: string) => content.errors.filter((e) => e.file === `sql/${file}`);

  it("loads a valid problem with its statement and editorial", () => {
    expect(content.datasets.map((d) => d.name)).toEqual(["shop"]);
    expect(content.problems.map((p) => p.id)).toEqual(["good-revenue"]);
    const p = content.problems[0]!;
    expect(p).toMatchObject({ type: "query", dataset: "shop", ordered: true, columnsByPosition: false, hints: ["Join, then group."] });
    expect(p.statement).toBe("Total order amount per customer, highest first.");
    expect(p.editorial).toBe("Join and aggregate.");
    expect(p.wrong).toHaveLength(2);
  });

  it("names file, field and line for schema errors", () => {
    const errs = errorsOf("problems/bad-fields.md");
    expect(errs).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: "difficulty", line: 5 }),
      expect.objectContaining({ field: "wrong", message: "give at least 2 known-wrong submissions" }),
    ]));
  });

  it("checks what the schema cannot: file name, policy, check, ORDER BY, editorial", () => {
    const messages = errorsOf("problems/bad-order.md").map((e) => `${e.field}: ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^id: must equal the file name \(bad-order\)/),
      expect.stringMatching(/^check: a dml problem needs the check query/),
      expect.stringMatching(/^wrong\.1\.sql: .*transaction control/),
      expect.stringMatching(/^body: the ## Editorial section is empty/),
    ]));
  });

  it("reports invalid YAML and dataset files without a partner", () => {
    expect(errorsOf("problems/bad-yaml.md")[0]?.message).toMatch(/invalid YAML/);
    expect(errorsOf("datasets/orphan.md")[0]?.message).toMatch(/without its \.sql/);
  });

  it("validates the repository's content/sql without errors", async () => {
    const repo = await loadSqlContent();
    expect(repo.errors).toEqual([]);
    expect(repo.datasets.length).toBeGreaterThan(0);
  });
});

describe("parse rules", () => {
  it("requires ordered problems to have an ORDER BY the judge can see", async () => {
    const { parseProblem } = await import("./problem-loader");
    const errors: { file: string; field?: string; message: string }[] = [];
    const text = `---\nid: p\ntitle: t\ndataset: shop\ndifficulty: easy\ntopics: [x]\ntype: query\nreference: "SELECT a FROM (SELECT a FROM t ORDER BY a) q"\nordered: true\nwrong:\n  - {sql: "SELECT 1", why: "w"}\n  - {sql: "SELECT 2", why: "w"}\n---\nS\n\n## Editorial\n\nE\n`;
    expect(parseProblem(text, "p.md", "p", new Set(["shop"]), errors)).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ field: "ordered", message: expect.stringMatching(/no top-level ORDER BY/) })]);
    const ok: typeof errors = [];
    expect(parseProblem(text.replace("ordered: true", "ordered: true\norderBy: [a]"), "p.md", "p", new Set(["shop"]), ok)).toBeDefined();
    expect(ok).toEqual([]);
  });
});
