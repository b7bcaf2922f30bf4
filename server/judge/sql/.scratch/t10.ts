import { readFile } from "node:fs/promises";
import { createSqlJudge } from "../judge";
const shop = await readFile("server/judge/sql/fixtures/shop.sql", "utf8");
const judge = createSqlJudge({ datasetSql: async () => shop, timeLimitMs: 5000 });
const schema: any = { id: "coupons", type: "schema", dataset: "shop",
  reference: "CREATE TABLE coupons (code text PRIMARY KEY, percent integer NOT NULL CHECK (percent BETWEEN 1 AND 100), customer_id integer REFERENCES customers (id))",
  cases: [{ name: "valid coupon", sql: "INSERT INTO coupons (code, percent, customer_id) VALUES ('A', 10, 1)", expect: "ok" }],
  check: "SELECT code, percent FROM coupons", ordered: false, columnsByPosition: false };
console.log(await judge.run(schema, schema.reference));
const q: any = { id: "x", type: "query", dataset: "shop", reference: "SELECT c.name, sum(o.amount) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' GROUP BY c.name ORDER BY revenue DESC", ordered: true, columnsByPosition: false };
console.log(JSON.stringify(await judge.judge(q, "SELECT c.name, sum(o.amount) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY revenue DESC")));
for (const n of [10000000, 20000000]) { const t = performance.now(); const v = await judge.judge(q, `select repeat('x', ${n})`); console.log(n, v.verdict, v.message, performance.now() - t); }
await judge.close();
