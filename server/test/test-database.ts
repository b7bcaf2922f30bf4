/**
 * A fresh, migrated database for one test file: PGlite from the template by default,
 * or a new database on the PostgreSQL server at TEST_DATABASE_URL when the test
 * project runs the PostgreSQL tier (TEST_DB_ENGINE=postgres).
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { openDatabase, type Database } from "../db/database";
import { TEMPLATE_PATH } from "./pglite-template";

export const testEngine = (): "pglite" | "postgres" => (process.env.TEST_DB_ENGINE === "postgres" ? "postgres" : "pglite");

export async function createTestDatabase(): Promise<Database> {
  if (testEngine() === "pglite") {
    const template = new Blob([await readFile(TEMPLATE_PATH)]);
    return openDatabase({ loadDataDir: template });
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL");
  const name = `backprep_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
