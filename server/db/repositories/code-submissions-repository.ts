/** Queries on coding submissions: create, move through queued → running → done|error, read back. */
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../database";
import { codeSubmissions } from "../schema";

export type CodeSubmissionRow = typeof codeSubmissions.$inferSelect;
export type CodeSubmissionSummaryRow = Omit<CodeSubmissionRow, "source">;

const PENDING = ["queued", "running"] as const;

/** Every column but the source: history lists stay small. */
const summaryColumns = {
  id: codeSubmissions.id,
  userId: codeSubmissions.userId,
  problemId: codeSubmissions.problemId,
  language: codeSubmissions.language,
  mode: codeSubmissions.mode,
  status: codeSubmissions.status,
  verdict: codeSubmissions.verdict,
  result: codeSubmissions.result,
  createdAt: codeSubmissions.createdAt,
  finishedAt: codeSubmissions.finishedAt,
};

export function createCodeSubmissionsRepository(db: Db) {
  return {
    async insert(row: Pick<typeof codeSubmissions.$inferInsert, "userId" | "problemId" | "language" | "mode" | "source">): Promise<CodeSubmissionRow> {
      const [created] = await db.insert(codeSubmissions).values({ ...row, status: "queued" }).returning();
      return created!;
    },

    async findById(id: string): Promise<CodeSubmissionRow | undefined> {
      const [row] = await db.select().from(codeSubmissions).where(eq(codeSubmissions.id, id)).limit(1);
      return row;
    },

    /** The submission only if it belongs to the user: other users' submissions do not exist for them. */
    async findOwned(userId: string, id: string): Promise<CodeSubmissionRow | undefined> {
      const [row] = await db
        .select()
        .from(codeSubmissions)
        .where(and(eq(codeSubmissions.id, id), eq(codeSubmissions.userId, userId)))
        .limit(1);
      return row;
    },

    async listForProblem(userId: string, problemId: string, limit = 50): Promise<CodeSubmissionSummaryRow[]> {
      return db
        .select(summaryColumns)
        .from(codeSubmissions)
        .where(and(eq(codeSubmissions.userId, userId), eq(codeSubmissions.problemId, problemId)))
        .orderBy(desc(codeSubmissions.createdAt))
        .limit(limit);
    },

    /** Per problem the user touched: whether any full submission was accepted. */
    async progressByProblem(userId: string): Promise<Map<string, { solved: boolean }>> {
      const rows = await db
        .select({
          problemId: codeSubmissions.problemId,
          solved: sql<boolean>`bool_or(${codeSubmissions.mode} = 'submit' and ${codeSubmissions.verdict} = 'accepted')`,
        })
        .from(codeSubmissions)
        .where(eq(codeSubmissions.userId, userId))
        .groupBy(codeSubmissions.problemId);
      return new Map(rows.map((r) => [r.problemId, { solved: !!r.solved }]));
    },

    async countPending(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(codeSubmissions)
        .where(and(eq(codeSubmissions.userId, userId), inArray(codeSubmissions.status, [...PENDING])));
      return row?.n ?? 0;
    },

    /** queued → running; false when the row is gone or no longer queued (another worker took it). */
    async markRunning(id: string): Promise<boolean> {
      const rows = await db
        .update(codeSubmissions)
        .set({ status: "running" })
        .where(and(eq(codeSubmissions.id, id), eq(codeSubmissions.status, "queued")))
        .returning({ id: codeSubmissions.id });
      return rows.length > 0;
    },

    async finish(id: string, outcome: { status: "done"; verdict: string; result: unknown } | { status: "error"; error: string }, at: Date): Promise<void> {
      const set =
        outcome.status === "done"
          ? { status: "done" as const, verdict: outcome.verdict, result: outcome.result, finishedAt: at }
          : { status: "error" as const, verdict: null, result: { error: outcome.error }, finishedAt: at };
      await db.update(codeSubmissions).set(set).where(eq(codeSubmissions.id, id));
    },

    /** Submissions left queued or running by a process that stopped: marked as failed. */
    async failStale(before: Date, error: string, at: Date): Promise<number> {
      const rows = await db
        .update(codeSubmissions)
        .set({ status: "error", result: { error }, finishedAt: at })
        .where(and(inArray(codeSubmissions.status, [...PENDING]), lt(codeSubmissions.createdAt, before)))
        .returning({ id: codeSubmissions.id });
      return rows.length;
    },
  };
}

export type CodeSubmissionsRepository = ReturnType<typeof createCodeSubmissionsRepository>;
