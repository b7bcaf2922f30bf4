import { readFile } from "node:fs/promises";
import { createSqlJudge } from "../judge";
const shop = await readFile("server/judge/sql/fixtures/shop.sql", "utf8");
const judge = createSqlJudge({ datasetSql: async () => shop, timeLimitMs: 5000 });
const schema: any = { id: "coupons", type: "schema", dataset: "shop",
  reference: "CREATE TABLE coupons (code text PRIMARY KEY, percent integer NOT NULL CHECK (percent BETWEEN 1 AND 100), customer_id integer REFERENCES customers (id))",
  cases: [
      { name: "valid coupon", sql: "INSERT INTO coupons (code, percent, customer_id) VALUES ('A', 10, 1)", expect: "ok" },
      { name: "duplicate code", sql: "INSERT INTO coupons (code, percent) VALUES ('A', 5)", expect: "error", code: "23505" },
    ],
  check: "SELECT code, percent FROM coupons", ordered: false, columnsByPosition: false };
console.log(JSON.stringify(await judge.judge(schema, schema.reference)));
const ds = { name: 'shop', sql: shop };
console.log(JSON.stringify(await judge.backend.runJob(ds, { steps: [{ sql: schema.reference, mode: 'exec' }, { sql: schema.cases[0].sql, mode: 'exec', isolate: true }, { sql: schema.cases[1].sql, mode: 'exec', isolate: true }, { sql: schema.check, mode: 'rows' }], maxRows: 100, maxBytes: 1e6, writes: true }, 5000)));


await judge.close();
