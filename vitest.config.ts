import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Test tiers:
// - unit:   pure logic, no database.
// - db:     server tests on embedded PGlite (`*.db.test.ts`), each file from a migrated template.
// - db-pg:  the same files on real PostgreSQL, when TEST_DATABASE_URL is set (CI sets it).
// - e2e:    browser journeys in Chromium against a running server (`e2e/*.e2e.ts`).
const UNIT = ["{server,common,cli,web/src,scripts,bench}/**/*.test.{ts,tsx}"];
const DB = ["{server,cli}/**/*.db.test.ts"];

const projects: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: "unit", include: UNIT, exclude: [...DB, "**/node_modules/**"] } },
  { extends: true, test: { name: "db", include: DB, globalSetup: ["server/test/pglite-template.ts"] } },
  { extends: true, test: { name: "e2e", include: ["e2e/**/*.e2e.ts"], fileParallelism: false, testTimeout: 120_000, hookTimeout: 240_000 } },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({ extends: true, test: { name: "db-pg", include: DB, env: { TEST_DB_ENGINE: "postgres" } } });
}

export default defineConfig({
  test: {
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects,
  },
});
