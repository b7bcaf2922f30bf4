// The judge end to end on PGlite workers: every verdict, every problem type, and the hostile
// suite (each attack gets a clear verdict, nothing persists, the host event loop keeps running).
// One judge (two sandboxes) for the whole file keeps memory and time in check.

import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlJudge, type SqlJudge } from "./judge";
import { PglitePool } from "./pglite-pool";
import type { SqlJudgeProblem } from "./types";

let judge: SqlJudge;
// Generous enough for a loaded 2-core CI box; the runaway cases would never finish anyway.
const TIME_LIMIT = 5000;

beforeAll(async () => {
  const shop = await readFile(new URL("./fixtures/content/sql/datasets/shop.sql", import.meta.url), "utf8");
  judge = createSqlJudge({ backend: new PglitePool({ maxWorkers: 2 }), datasetSql: async () => shop, timeLimitMs: TIME_LIMIT });
  // Start a sandbox up front (template build on a cold cache, worker start) outside test timeouts.
  await judge.backend.warm?.({ name: "shop", sql: shop });
});
afterAll(async () => { await judge?.close(); });

const query = (reference: string, extra: Partial<SqlJudgeProblem> = {}): SqlJudgeProblem => ({
  id: `q-${reference.length}-${reference.slice(0, 20)}`, type: "query", dataset: "shop", reference,
  ordered: false, columnsByPosition: false, ...extra,
});

const revenue = query(
  "SELECT c.name, sum(o.amount) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' GROUP BY c.name ORDER BY revenue DESC",
  { id: "revenue", ordered: true },
);

describe("query problems", { timeout: 60_000 }, () => {
  it("accepts an equivalent query written differently", async () => {
    const v = await judge.judge(revenue, `
      select name as "NAME", total as revenue from (
        select customer_id, sum(amount) total from orders where status <> 'cancelled' group by 1
      ) t join customers on customers.id = t.customer_id order by 2 desc;`);
    expect(v).toMatchObject({ verdict: "accepted" });
  });

  it("rejects wrong rows with a diff naming missing and extra rows", async () => {
    const v = await judge.judge(revenue, "SELECT c.name, sum(o.amount) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY revenue DESC");
    expect(v.verdict).toBe("wrong_answer");
    // Cancelled orders belong to customers 1 and 3 only: their totals are wrong, the others right.
    expect(v.diff).toMatchObject({ kind: "rows", missingCount: 2, extraCount: 2, missing: [["Ada", "193879.00"], ["Cy", "193782.00"]] });
  });

  it("rejects the right rows in the wrong order, naming the first out-of-order pair", async () => {
    const v = await judge.judge(revenue, "SELECT c.name, sum(o.amount) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' GROUP BY c.name ORDER BY revenue");
    expect(v.verdict).toBe("wrong_answer");
    expect(v.diff).toMatchObject({ kind: "order", outOfOrder: { index: 0, keys: ["revenue"] } });
  });

  it("accepts ties in any order when only the ORDER BY keys are required", async () => {
    const byCity = query("SELECT name, city FROM customers ORDER BY city NULLS LAST", { id: "by-city", ordered: true });
    const v = await judge.judge(byCity, "SELECT name, city FROM customers ORDER BY city NULLS LAST, name DESC");
    expect(v.verdict).toBe("accepted");
  });

  it("rejects a wrong column name and reports both lists", async () => {
    const v = await judge.judge(revenue, "SELECT c.name, sum(o.amount) AS total FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' GROUP BY c.name ORDER BY total DESC");
    expect(v).toMatchObject({ verdict: "wrong_answer", diff: { kind: "columns", actualColumns: ["name", "total"] } });
  });

  it("reports SQL errors with the SQLSTATE and a position in the user's text", async () => {
    const v = await judge.judge(revenue, "SELECT nme FROM customers");
    expect(v.verdict).toBe("error");
    expect(v.message).toMatch(/ERROR 42703: column "nme" does not exist \(at character 8\)/);
  });

  it("judges the last of several SELECTs", async () => {
    const count = query("SELECT count(*) FROM customers", { id: "count" });
    expect((await judge.judge(count, "select 1; select count(*) from customers")).verdict).toBe("accepted");
    expect((await judge.judge(count, "select count(*) from customers; select 1")).verdict).toBe("wrong_answer");
  });

  it("runs a query and shows at most 200 rows", async () => {
    const r = await judge.run(revenue, "SELECT id, amount FROM orders ORDER BY id LIMIT 500");
    if ("error" in r) throw new Error(r.error.message);
    expect(r.rows).toHaveLength(200);
    expect(r).toMatchObject({ truncated: true, rowCount: 500, columns: [{ name: "id" }, { name: "amount" }] });
    expect(r.rows[0]).toEqual(["1", "1.50"]);
  });

  it("explains a query with ANALYZE", async () => {
    const r = await judge.explain(revenue, "SELECT * FROM orders WHERE id = 5");
    if ("error" in r) throw new Error(r.error.message);
    const plan = (r.plan as [{ Plan: { "Node Type": string; "Actual Rows": number } }])[0].Plan;
    expect(plan["Node Type"]).toMatch(/Index Scan/);
    expect(plan["Actual Rows"]).toBe(1);
  });

  it("refuses a result past the row cap instead of materialising it", async () => {
    // A set-returning function in the select list streams, so the cursor stops after 10,001 rows.
    const v = await judge.judge(revenue, "SELECT generate_series(1, 100000000) AS g");
    expect(v.verdict).toBe("wrong_answer");
    expect(v.message).toMatch(/more than 10000 rows/);
  });
});

// Each time_limit replaces a sandbox (~1 s idle, much more on a loaded machine): allow for it.
describe("hostile submissions", { timeout: 120_000 }, () => {
  const count = query("SELECT count(*) AS n FROM orders", { id: "count-orders" });
  const expectIntact = async () => {
    const r = await judge.run(count, "SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory') AS locks, current_setting('statement_timeout') AS st, current_user AS who");
    if ("error" in r) throw new Error(r.error.message);
    expect(r.rows[0]).toEqual(["20000", "5", "0", "0", "sandbox"]);
  };

  it("stops pg_sleep at the wall clock while the host event loop keeps ticking", async () => {
    // Warm the reference and a sandbox first, so the timing below is the submission's alone.
    expect((await judge.judge(count, "SELECT count(*) AS n FROM orders")).verdict).toBe("accepted");
    let maxLag = 0;
    let last = performance.now();
    const tick = setInterval(() => { const now = performance.now(); maxLag = Math.max(maxLag, now - last); last = now; }, 10);
    const t0 = performance.now();
    const v = await judge.judge(count, "SELECT pg_sleep(30)");
    clearInterval(tick);
    expect(v.verdict).toBe("time_limit");
    expect(performance.now() - t0).toBeLessThan(TIME_LIMIT + 1000);
    expect(maxLag).toBeLessThan(250);
    await expectIntact();
  });

  it.each([
    ["an infinite recursive CTE", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"],
    ["a cross-join explosion", "SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000) b"],
  ])("stops %s with time_limit", async (_name, sql) => {
    expect((await judge.judge(count, sql)).verdict).toBe("time_limit");
  });

  it("refuses a huge cell (repeat / string_agg) past the byte cap or the clock", async () => {
    // Moving megabytes out of PGlite takes ~0.2 s/MB, so a huge cell may hit the clock before
    // the byte cap: either way it is refused with a clear verdict and the sandbox survives.
    for (const sql of ["SELECT repeat('x', 9000000) AS n", "SELECT string_agg(md5(g::text), ',') AS n FROM generate_series(1, 400000) g"]) {
      const v = await judge.judge(count, sql);
      expect(["wrong_answer", "time_limit"]).toContain(v.verdict);
      if (v.verdict === "wrong_answer") expect(v.message).toMatch(/bytes/);
    }
    await expectIntact();
  });

  it.each([
    ["DROP", "DROP TABLE orders"],
    ["TRUNCATE", "TRUNCATE orders"],
    ["ALTER", "ALTER TABLE orders DROP COLUMN amount"],
    ["UPDATE", "UPDATE orders SET amount = 0"],
    ["a hidden second statement", "SELECT 1 AS n; /* ; */ DELETE FROM orders"],
    ["a commented-out COMMIT trick", "SELECT 1 AS n -- ;\n; COMMIT"],
    ["BEGIN", "BEGIN; DELETE FROM orders; COMMIT"],
    ["ROLLBACK", "ROLLBACK; SELECT 1"],
    ["SET ROLE", "SET ROLE postgres"],
    ["SET statement_timeout", "SET statement_timeout = 0"],
    ["COPY to a file", "COPY orders TO '/tmp/orders.csv'"],
    ["COPY from a program", "COPY orders FROM PROGRAM 'cat /etc/passwd'"],
    ["LISTEN", "LISTEN judge"],
    ["NOTIFY", "NOTIFY judge, 'hi'"],
    ["SELECT INTO", "SELECT * INTO stolen FROM orders"],
  ])("refuses %s in a query problem with a clear error", async (_name, sql) => {
    const v = await judge.judge(count, sql);
    expect(v.verdict).toBe("error");
    expect(v.message).toMatch(/not allowed|takes SELECT|INTO/);
  });

  it("blocks writes smuggled through a data-modifying CTE or set_config", async () => {
    const cte = await judge.judge(count, "WITH d AS (DELETE FROM orders RETURNING 1) SELECT count(*) AS n FROM d");
    expect(cte.verdict).toBe("error");
    expect(cte.message).toMatch(/read-only|25006|data-modifying/);
    const cfg = await judge.judge(count, "SELECT set_config('statement_timeout', '0', false) AS n");
    expect(cfg).toMatchObject({ verdict: "error" });
    expect(cfg.message).toMatch(/permission denied/);
    const role = await judge.judge(count, "SELECT set_config('role', 'postgres', false) AS n");
    expect(role.message).toMatch(/permission denied/);
    const file = await judge.judge(count, "SELECT pg_read_file('/etc/passwd') AS n");
    expect(file.message).toMatch(/permission denied/);
    await expectIntact();
  });

  it("releases advisory locks a submission takes", async () => {
    const v = await judge.judge(count, "SELECT pg_advisory_lock(42), 20000::bigint AS n");
    expect(v.verdict).toBe("wrong_answer");
    await expectIntact();
  });

  const purge = { id: "purge", type: "dml" as const, dataset: "shop", reference: "DELETE FROM orders WHERE status = 'cancelled'", check: "SELECT count(*) AS n, sum(amount) AS total FROM orders", ordered: false, columnsByPosition: false };

  it("rolls back a DML submission's DROP/TRUNCATE/UPDATE so the next one sees the dataset", async () => {
    for (const sql of ["DELETE FROM orders", "TRUNCATE orders CASCADE", "UPDATE orders SET status = 'cancelled'"]) {
      expect((await judge.judge(purge, sql)).verdict).toBe("wrong_answer");
    }
    expect((await judge.judge(purge, "DELETE FROM orders WHERE status <> 'paid'")).verdict).toBe("accepted");
    await expectIntact();
  });

  it("restores sequences after inserts (ids are the same for every submission)", async () => {
    const insert = { ...purge, id: "insert", reference: "INSERT INTO customers (name) VALUES ('Fay')", check: "SELECT id, name FROM customers ORDER BY id" };
    expect((await judge.judge(insert, "INSERT INTO customers (name) VALUES ('Fay')")).verdict).toBe("accepted");
    expect((await judge.judge(insert, "INSERT INTO customers (name, city) SELECT 'Fay', NULL")).verdict).toBe("accepted");
    expect((await judge.judge(insert, "SELECT nextval('customers_id_seq'); INSERT INTO customers (name) VALUES ('Fay')")).verdict).toBe("wrong_answer");
    expect((await judge.judge(insert, "INSERT INTO customers (name) VALUES ('Fay')")).verdict).toBe("accepted");
  });
});

describe("index problems", { timeout: 60_000 }, () => {
  const idx: SqlJudgeProblem = {
    id: "orders-by-customer-date", type: "index", dataset: "shop",
    reference: "CREATE INDEX ON orders (customer_id, placed_at)",
    check: "SELECT id FROM orders WHERE customer_id = 3 AND placed_at >= '2024-03-01' AND placed_at < '2024-03-02'",
    ordered: false, columnsByPosition: false, plan: { maxCostRatio: 1.2, requires: [], forbids: ["Seq Scan on orders"], maxIndexes: 1 },
  };

  it("accepts an index the plan uses at a cost close to the reference", async () => {
    const v = await judge.judge(idx, "create index orders_cust_placed on orders (customer_id, placed_at)");
    expect(v.verdict).toBe("accepted");
    expect(v.diff).toMatchObject({ kind: "plan" });
  });

  it("rejects an index that does not help, with both plans in the diff", async () => {
    const v = await judge.judge(idx, "CREATE INDEX ON orders (status)");
    expect(v.verdict).toBe("wrong_answer");
    expect(v.message).toMatch(/does not use any index you created|Seq Scan/);
    expect((v.diff as { userPlan: string[] }).userPlan.join("\n")).toMatch(/Seq Scan on orders/);
  });

  it("rejects a weaker index whose cost is too high, and too many indexes", async () => {
    const weak = await judge.judge(idx, "CREATE INDEX ON orders (customer_id)");
    expect(weak.verdict).toBe("wrong_answer");
    const many = await judge.judge(idx, "CREATE INDEX ON orders (customer_id); CREATE INDEX ON orders (placed_at)");
    expect(many).toMatchObject({ verdict: "wrong_answer", message: expect.stringMatching(/at most 1/) });
  });
});

describe("schema problems", { timeout: 120_000 }, () => {
  const schema: SqlJudgeProblem = {
    id: "coupons", type: "schema", dataset: "shop",
    reference: "CREATE TABLE coupons (code text PRIMARY KEY, percent integer NOT NULL CHECK (percent BETWEEN 1 AND 100), customer_id integer REFERENCES customers (id))",
    cases: [
      { name: "valid coupon", sql: "INSERT INTO coupons (code, percent, customer_id) VALUES ('A', 10, 1)", expect: "ok" },
      { name: "duplicate code", sql: "INSERT INTO coupons (code, percent) VALUES ('A', 5)", expect: "error", code: "23505" },
      { name: "percent out of range", sql: "INSERT INTO coupons (code, percent) VALUES ('B', 150)", expect: "error", code: "23514" },
      { name: "unknown customer", sql: "INSERT INTO coupons (code, percent, customer_id) VALUES ('C', 5, 99)", expect: "error", code: "23503" },
    ],
    check: "SELECT code, percent FROM coupons",
    ordered: false, columnsByPosition: false,
  };

  it("accepts DDL that passes every case", async () => {
    const v = await judge.judge(schema, "create table coupons (code varchar(20) primary key, percent int not null, customer_id int references customers, constraint p check (percent > 0 and percent <= 100));");
    expect(v.verdict).toBe("accepted");
  });

  it("names the cases a weaker schema fails", async () => {
    const v = await judge.judge(schema, "CREATE TABLE coupons (code text, percent integer, customer_id integer)");
    expect(v.verdict).toBe("wrong_answer");
    expect(v.diff).toMatchObject({ kind: "cases" });
    expect((v.diff as { failed: { name: string }[] }).failed.map((f) => f.name)).toEqual(["duplicate code", "percent out of range", "unknown customer"]);
  });

  it("reports failing DDL as an error and leaves no table behind", async () => {
    const v = await judge.judge(schema, "CREATE TABLE coupons (code text PRIMARY KEY); CREATE TABLE coupons (x int)");
    expect(v.verdict).toBe("error");
    expect(v.message).toMatch(/already exists/);
    const again = await judge.judge(schema, schema.reference);
    expect(again.verdict).toBe("accepted");
  });

  it("contains a function that tries to escalate its role (the sandbox is discarded)", async () => {
    const v = await judge.judge(schema, `
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql SET role = 'postgres' AS $$ BEGIN RETURN NEW; END $$;
      ${schema.reference};
      CREATE TRIGGER t BEFORE INSERT ON coupons FOR EACH ROW EXECUTE FUNCTION f()`);
    expect(["accepted", "wrong_answer", "error"]).toContain(v.verdict);
    const r = await judge.run(query("SELECT 1"), "SELECT current_user::text AS who, to_regclass('coupons') IS NULL AS gone");
    if ("error" in r) throw new Error(r.error.message);
    expect(r.rows[0]).toEqual(["sandbox", "t"]);
  });
});
