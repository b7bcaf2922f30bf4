// The PostgreSQL backend against a real server. Runs when SQL_SANDBOX_URL (or TEST_DATABASE_URL)
// is set — CI sets it; the test provisions its own sandbox database and restricted role there
// and drops the database afterwards.

import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlJudge, type SqlJudge } from "./judge";
import { PostgresBackend } from "./postgres-backend";
import { provisionSandboxDatabase } from "./postgres-provision";
import type { SqlJudgeProblem } from "./types";

const adminUrl = process.env.TEST_DATABASE_URL ?? process.env.SQL_SANDBOX_URL;
const database = `backprep_sqljudge_test_${process.pid}`;
const role = "backprep_sqljudge_sandbox";

describe.skipIf(!adminUrl)("PostgreSQL sandbox backend", { timeout: 60_000 }, () => {
  let judge: SqlJudge;
  let sandboxUrl: string;

  beforeAll(async () => {
    sandboxUrl = await provisionSandboxDatabase({ adminUrl: adminUrl!, database, role });
    const shop = await readFile(new URL("./fixtures/content/sql/datasets/shop.sql", import.meta.url), "utf8");
    judge = createSqlJudge({ backend: new PostgresBackend({ url: sandboxUrl, maxConnections: 4 }), datasetSql: async () => shop, timeLimitMs: 1500 });
  });

  afterAll(async () => {
    await judge?.close();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  const count: SqlJudgeProblem = { id: "pg-count", type: "query", dataset: "shop", reference: "SELECT count(*) AS n FROM orders", ordered: false, columnsByPosition: false };
  const revenue: SqlJudgeProblem = {
    id: "pg-revenue", type: "query", dataset: "shop", ordered: true, columnsByPosition: false,
    reference: "SELECT c.name, sum(o.amount) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' GROUP BY c.name ORDER BY revenue DESC",
  };
  const intact = async () => {
    const r = await judge.run(count, "SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()) AS locks");
    if ("error" in r) throw new Error(r.error.message);
    expect(r.rows[0]).toEqual(["20000", "5", "0"]);
  };

  it("judges like the PGlite backend: accepted, wrong order, SQL error", async () => {
    expect((await judge.judge(revenue, "select name, total as revenue from (select customer_id, sum(amount) total from orders where status = 'paid' group by 1) t join customers on id = customer_id order by 2 desc")).verdict).toBe("accepted");
    expect(await judge.judge(revenue, revenue.reference.replace("DESC", "ASC"))).toMatchObject({ verdict: "wrong_answer", diff: { kind: "order" } });
    const err = await judge.judge(revenue, "SELECT nme FROM customers");
    expect(err.message).toMatch(/ERROR 42703: .* \(at character 8\)/);
  });

  it("runs submissions as a role that is no superuser and cannot read files or change settings", async () => {
    const r = await judge.run(count, "SELECT current_user::text, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su");
    if ("error" in r) throw new Error(r.error.message);
    expect(r.rows[0]).toEqual([role, "f"]);
    expect((await judge.judge(count, "SELECT pg_read_file('/etc/passwd') AS n")).message).toMatch(/permission denied/);
    expect((await judge.judge(count, "SELECT set_config('statement_timeout', '0', false) AS n")).message).toMatch(/permission denied/);
  });

  it("stops pg_sleep with time_limit and keeps the connection pool healthy", async () => {
    const t0 = performance.now();
    expect((await judge.judge(count, "SELECT pg_sleep(30)")).verdict).toBe("time_limit");
    expect(performance.now() - t0).toBeLessThan(5000);
    await intact();
  });

  it("stops a trigger that sleeps behind a SET statement_timeout = 0 clause", async () => {
    const schema: SqlJudgeProblem = {
      id: "pg-escape", type: "schema", dataset: "shop", ordered: false, columnsByPosition: false,
      reference: "CREATE TABLE notes (id int PRIMARY KEY)",
      cases: [{ name: "insert", sql: "INSERT INTO notes VALUES (1)", expect: "ok" }],
    };
    const t0 = performance.now();
    const v = await judge.judge(schema, `
      CREATE TABLE notes (id int PRIMARY KEY);
      CREATE FUNCTION slow() RETURNS trigger LANGUAGE plpgsql SET statement_timeout = 0 AS $$ BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$;
      CREATE TRIGGER slow BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION slow()`);
    expect(v.verdict).toBe("time_limit");
    expect(performance.now() - t0).toBeLessThan(6000);
    await intact();
  });

  it("rolls back writes and restores sequences, also under concurrent submissions", async () => {
    const insert: SqlJudgeProblem = {
      id: "pg-insert", type: "dml", dataset: "shop", ordered: false, columnsByPosition: false,
      reference: "INSERT INTO customers (name) VALUES ('Fay')", check: "SELECT id, name FROM customers ORDER BY id",
    };
    expect((await judge.judge(insert, "DELETE FROM orders; INSERT INTO customers (name) VALUES ('Fay')")).verdict).toBe("accepted");
    const verdicts = await Promise.all(Array.from({ length: 6 }, () => judge.judge(insert, "INSERT INTO customers (name) VALUES ('Fay')")));
    expect(verdicts.map((v) => `${v.verdict} ${v.verdict === "accepted" ? "" : v.message}`.trim())).toEqual(Array(6).fill("accepted"));
    await intact();
  });
});
