import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";

// Real judge (PGlite sandboxes) on the repository's content/sql. The first job builds or loads the
// dataset template, so the first tests are slow; the rest reuse the warm sandboxes.
const SLOW = 120_000;
const SLUG = "customers-without-orders";
const base = `/api/v1/sql/${SLUG}`;
const REFERENCE = "SELECT c.id AS customer_id, c.email FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)";
// Leaves out the customer whose only order was cancelled.
const WRONG = "SELECT c.id AS customer_id, c.email FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled' WHERE o.id IS NULL";

const CATEGORY_PATHS_DESC = `WITH RECURSIVE tree AS (
  SELECT id, name, 1 AS depth, name AS path FROM categories WHERE parent_id IS NULL
  UNION ALL
  SELECT c.id, c.name, t.depth + 1, t.path || ' > ' || c.name FROM categories c JOIN tree t ON c.parent_id = t.id
)
SELECT id AS category_id, depth, path FROM tree ORDER BY path DESC`;

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("SQL problems", () => {
  it("lists problems with their dataset, and solved flags only for a signed-in user", async () => {
    const anonymous = await agent(t.app).get("/api/v1/sql");
    expect(anonymous.statusCode).toBe(200);
    const list = anonymous.json();
    expect(list.items.length).toBeGreaterThan(50);
    const p = list.items.find((i: { slug: string }) => i.slug === SLUG);
    expect(p).toMatchObject({ title: expect.any(String), difficulty: "easy", type: "query", dataset: "ecommerce" });
    expect(p.solved).toBeUndefined();
    expect(list.datasets.map((d: { name: string }) => d.name)).toEqual(expect.arrayContaining(["ecommerce", "billing", "analytics"]));

    const user = await signedInAgent(t.app);
    expect((await user.get("/api/v1/sql")).json().items.find((i: { slug: string }) => i.slug === SLUG).solved).toBe(false);
  });

  it("shows a problem with its dataset's tables and diagram, but not the editorial before it is solved", async () => {
    const res = await agent(t.app).get(base);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.statement).toMatch(/never placed an order/);
    expect(p.hints.length).toBeGreaterThan(0);
    expect(p.datasetInfo.erDiagram).toMatch(/^erDiagram/);
    expect(p.datasetInfo.description).not.toMatch(/```mermaid/);
    const customers = p.datasetInfo.tables.find((tb: { name: string }) => tb.name === "customers");
    expect(customers.columns).toContainEqual({ name: "id", type: "integer", keys: ["PK"] });
    expect(p.datasetInfo.relations).toContainEqual({ from: "customers", to: "orders", cardinality: "||--o{", label: "customer_id" });
    expect(p.editorial).toBeUndefined();
    expect(p.reference).toBeUndefined();

    expect((await agent(t.app).get("/api/v1/sql/no-such-problem")).statusCode).toBe(404);
    const bad = await agent(t.app).get("/api/v1/sql/Not_A_Slug");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("params.slug");
  });

  it("runs a query and returns the grid, capped at 200 rows", { timeout: SLOW }, async () => {
    const user = await signedInAgent(t.app);
    const res = await user.post(`${base}/run`, { query: "SELECT id, email, signed_up_at FROM customers ORDER BY id" });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.outcome).toBe("ok");
    expect(out.columns).toEqual([{ name: "id", type: "integer" }, { name: "email", type: "text" }, { name: "signed_up_at", type: "timestamptz" }]);
    expect(out.rows).toHaveLength(200);
    expect(out.rows[0][0]).toBe("1");
    expect(out.truncated).toBe(true);
    expect(out.rowCount).toBeGreaterThan(200);

    const error = (await user.post(`${base}/run`, { query: "SELECT nope FROM customers" })).json();
    expect(error).toMatchObject({ outcome: "error", rows: [], message: expect.stringMatching(/column "nope" does not exist/) });
    // A query problem is read-only: writes are refused before they run.
    expect((await user.post(`${base}/run`, { query: "DELETE FROM customers" })).json()).toMatchObject({ outcome: "error", message: expect.stringMatching(/SELECT/) });
  });

  it("judges: wrong_answer with the diff, then accepted — stored per user, editorial unlocked", { timeout: SLOW }, async () => {
    const user = await signedInAgent(t.app);
    const wrong = await user.post(`${base}/submissions`, { query: WRONG });
    expect(wrong.statusCode, wrong.body).toBe(201);
    const w = wrong.json().submission;
    expect(w.verdict).toBe("wrong_answer");
    expect(w.message).toMatch(/unexpected row/);
    expect(w.diff).toMatchObject({ kind: "rows", extraCount: 1, missingCount: 0 });
    expect(w.diff.extra).toEqual([["5001", "cancelled.only@example.com"]]);

    const right = await user.post(`${base}/submissions`, { query: REFERENCE });
    expect(right.json().submission).toMatchObject({ verdict: "accepted", query: REFERENCE });

    const history = (await user.get(`${base}/submissions`)).json().items;
    expect(history.map((s: { verdict: string }) => s.verdict)).toEqual(["accepted", "wrong_answer"]);
    expect(history[1].diff.extra).toEqual([["5001", "cancelled.only@example.com"]]);

    const detail = (await user.get(base)).json();
    expect(detail.solved).toBe(true);
    expect(detail.editorial).toMatch(/anti-join/);
    expect(detail.reference).toMatch(/NOT EXISTS/);
    expect((await user.get("/api/v1/sql")).json().items.find((i: { slug: string }) => i.slug === SLUG)).toMatchObject({ solved: true, attempted: true });

    // Another user sees none of it.
    const other = await signedInAgent(t.app);
    expect((await other.get(`${base}/submissions`)).json().items).toEqual([]);
    expect((await other.get(base)).json()).not.toHaveProperty("editorial");
    expect((await other.get("/api/v1/sql")).json().items.find((i: { slug: string }) => i.slug === SLUG)).toMatchObject({ solved: false, attempted: false });
  });

  it("reports a wrong order with the first out-of-order pair", { timeout: SLOW }, async () => {
    const user = await signedInAgent(t.app);
    const detail = (await user.get("/api/v1/sql/category-paths")).json();
    expect(detail.ordered).toBe(true);
    const reversed = detail.ordered && (await user.post("/api/v1/sql/category-paths/submissions", { query: CATEGORY_PATHS_DESC })).json().submission;
    expect(reversed.verdict).toBe("wrong_answer");
    expect(reversed.diff.kind).toBe("order");
    expect(reversed.message).toMatch(/not in the required order/);
    // Sorted descending, the very first row is already out of place.
    expect(reversed.diff.outOfOrder).toMatchObject({ index: 0, previous: [], keys: ["path"] });
    expect(reversed.diff.outOfOrder.row).toHaveLength(3);
  });

  it("explains a query as a flat tree with costs and the costly nodes marked", { timeout: SLOW }, async () => {
    const user = await signedInAgent(t.app);
    const res = await user.post(`${base}/explain`, { query: REFERENCE });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.outcome).toBe("ok");
    expect(out.nodes[0]).toMatchObject({ id: 0, parentId: null, depth: 0 });
    expect(out.nodes.some((n: { nodeType: string; detail: string }) => n.nodeType === "Seq Scan" && /on orders/.test(n.detail))).toBe(true);
    expect(out.nodes.filter((n: { costly: boolean }) => n.costly).length).toBeGreaterThan(0);
    for (const n of out.nodes.slice(1)) expect(out.nodes[n.parentId].depth).toBe(n.depth - 1);
    expect(out.nodes[0].actualRows).toBe(286);
  });

  it("stops a hostile query at the time limit and keeps answering", { timeout: SLOW }, async () => {
    const user = await signedInAgent(t.app);
    const started = Date.now();
    const sleeping = user.post(`${base}/run`, { query: "SELECT pg_sleep(10)" });
    // While the sandbox sleeps, the API still answers.
    const list = await agent(t.app).get("/api/v1/sql");
    expect(list.statusCode).toBe(200);
    const res = await sleeping;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: "time_limit", message: expect.stringMatching(/longer than/) });
    expect(Date.now() - started).toBeLessThan(9_000);

    const submitted = (await user.post(`${base}/submissions`, { query: "SELECT pg_sleep(10)" })).json().submission;
    expect(submitted.verdict).toBe("time_limit");
    // The sandbox is replaced; the next query runs normally.
    expect((await user.post(`${base}/run`, { query: "SELECT count(*) AS n FROM customers" })).json()).toMatchObject({ outcome: "ok", columns: [{ name: "n", type: "bigint" }] });
  });

  it.each([
    [{ query: "   " }, "body.query", /empty/],
    [{ query: "x".repeat(20 * 1024 + 1) }, "body.query", /20 KB/],
    [{ query: "é".repeat(10 * 1024 + 1) }, "body.query", /20 KB/],
    [{}, "body.query", /./],
    [{ query: 42 }, "body.query", /./],
    [{ query: "SELECT 1", extra: true }, "body.extra", /unknown/],
  ])("refuses body %# with 400 naming the field", async (body, field, message) => {
    const user = await signedInAgent(t.app);
    for (const action of ["run", "submissions", "explain"]) {
      const res = await user.post(`${base}/${action}`, body);
      expect(res.statusCode, res.body).toBe(400);
      const e = res.json().errors.find((x: { field: string }) => x.field === field);
      expect(e, res.body).toBeDefined();
      expect(e.message).toMatch(message);
    }
  });

  it("needs a signed-in user to run or submit, and a known problem", async () => {
    expect((await agent(t.app).post(`${base}/run`, { query: "SELECT 1" })).statusCode).toBe(401);
    expect((await agent(t.app).post(`${base}/submissions`, { query: "SELECT 1" })).statusCode).toBe(401);
    expect((await agent(t.app).get(`${base}/submissions`)).statusCode).toBe(401);
    const user = await signedInAgent(t.app);
    expect((await user.post("/api/v1/sql/no-such-problem/run", { query: "SELECT 1" })).statusCode).toBe(404);
  });
});
