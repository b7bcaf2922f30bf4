/** Queries on SQL submissions: store a verdict, list a user's history, tell which problems they solved. */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../database";
import { sqlSubmissions } from "../schema";

export type SqlSubmissionRow = typeof sqlSubmissions.$inferSelect;

export interface ProblemProgress {
  problemId: string;
  solved: boolean;
}

export function createSqlSubmissionsRepository(db: Db) {
  return {
    async insert(row: typeof sqlSubmissions.$inferInsert): Promise<SqlSubmissionRow> {
      const [created] = await db.insert(sqlSubmissions).values(row).returning();
      return created!;
    },

    /** The user's submissions to one problem, newest first. */
    async listForProblem(userId: string, problemId: string, limit = 50): Promise<SqlSubmissionRow[]> {
      return db
        .select()
        .from(sqlSubmissions)
        .where(and(eq(sqlSubmissions.userId, userId), eq(sqlSubmissions.problemId, problemId), eq(sqlSubmissions.mode, "submit")))
        .orderBy(desc(sqlSubmissions.createdAt))
        .limit(limit);
    },

    /** One row per problem the user submitted to, with whether any submission was accepted. */
    async progress(userId: string): Promise<ProblemProgress[]> {
      const rows = await db
        .select({
          problemId: sqlSubmissions.problemId,
          solved: sql<boolean>`bool_or(${sqlSubmissions.verdict} = 'accepted')`,
        })
        .from(sqlSubmissions)
        .where(and(eq(sqlSubmissions.userId, userId), eq(sqlSubmissions.mode, "submit")))
        .groupBy(sqlSubmissions.problemId);
      return rows.map((r) => ({ problemId: r.problemId, solved: r.solved === true }));
    },

    async hasAccepted(userId: string, problemId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: sqlSubmissions.id })
        .from(sqlSubmissions)
        .where(and(eq(sqlSubmissions.userId, userId), eq(sqlSubmissions.problemId, problemId), eq(sqlSubmissions.mode, "submit"), eq(sqlSubmissions.verdict, "accepted")))
        .limit(1);
      return row !== undefined;
    },
  };
}

export type SqlSubmissionsRepository = ReturnType<typeof createSqlSubmissionsRepository>;
