import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database";
import type { Database } from "../database";
import { createSqlSubmissionsRepository, type SqlSubmissionsRepository } from "./sql-submissions-repository";
import { createUsersRepository } from "./users-repository";

let database: Database;
let repo: SqlSubmissionsRepository;
let alice: string;
let bob: string;

beforeAll(async () => {
  database = await createTestDatabase();
  repo = createSqlSubmissionsRepository(database.db);
  const users = createUsersRepository(database.db);
  const make = async (email: string) => (await users.insert({ email, passwordHash: "x", displayName: email }))!.id;
  alice = await make("alice@example.com");
  bob = await make("bob@example.com");
});
afterAll(async () => {
  await database?.close();
});

const submit = (userId: string, problemId: string, verdict: string, at: string, mode: "run" | "submit" = "submit") =>
  repo.insert({ userId, problemId, mode, query: `-- ${verdict}`, verdict, result: { message: verdict }, createdAt: new Date(at) });

describe("sql submissions repository", () => {
  it("lists one user's submissions to one problem, newest first, without runs", async () => {
    await submit(alice, "p1", "wrong_answer", "2026-01-01T10:00:00Z");
    await submit(alice, "p1", "accepted", "2026-01-01T11:00:00Z");
    await submit(alice, "p1", "ok", "2026-01-01T12:00:00Z", "run");
    await submit(alice, "p2", "error", "2026-01-01T12:00:00Z");
    await submit(bob, "p1", "time_limit", "2026-01-01T13:00:00Z");
    expect((await repo.listForProblem(alice, "p1")).map((r) => r.verdict)).toEqual(["accepted", "wrong_answer"]);
    expect((await repo.listForProblem(bob, "p1")).map((r) => r.verdict)).toEqual(["time_limit"]);
    expect(await repo.listForProblem(bob, "p2")).toEqual([]);
  });

  it("tells solved from attempted problems, per user", async () => {
    expect((await repo.progress(alice)).sort((a, b) => a.problemId.localeCompare(b.problemId))).toEqual([
      { problemId: "p1", solved: true },
      { problemId: "p2", solved: false },
    ]);
    expect(await repo.progress(bob)).toEqual([{ problemId: "p1", solved: false }]);
    expect(await repo.hasAccepted(alice, "p1")).toBe(true);
    expect(await repo.hasAccepted(alice, "p2")).toBe(false);
    expect(await repo.hasAccepted(bob, "p1")).toBe(false);
  });
});
