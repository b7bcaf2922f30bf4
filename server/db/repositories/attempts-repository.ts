/** Queries on answer attempts and the disputes users raise about their verdicts. */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database";
import { attempts, disputes } from "../schema";

export type AttemptRow = typeof attempts.$inferSelect;

export function createAttemptsRepository(db: Db) {
  return {
    async insert(row: typeof attempts.$inferInsert): Promise<AttemptRow> {
      const [created] = await db.insert(attempts).values(row).returning();
      return created!;
    },
    async listForQuestion(userId: string, questionId: string, limit = 50): Promise<AttemptRow[]> {
      return db
        .select()
        .from(attempts)
        .where(and(eq(attempts.userId, userId), eq(attempts.questionId, questionId)))
        .orderBy(desc(attempts.createdAt))
        .limit(limit);
    },
    /** The attempt only if it belongs to the user: other users' attempts do not exist for them. */
    async findOwned(userId: string, id: string): Promise<AttemptRow | undefined> {
      const [row] = await db.select().from(attempts).where(and(eq(attempts.id, id), eq(attempts.userId, userId))).limit(1);
      return row;
    },
    async disputedIndexes(attemptIds: string[]): Promise<Map<string, Set<number>>> {
      const map = new Map<string, Set<number>>();
      if (!attemptIds.length) return map;
      const rows = await db
        .select({ attemptId: disputes.attemptId, index: disputes.keyPointIndex })
        .from(disputes)
        .where(inArray(disputes.attemptId, attemptIds));
      for (const r of rows) {
        map.set(r.attemptId, (map.get(r.attemptId) ?? new Set()).add(r.index));
      }
      return map;
    },
    async upsertDispute(row: typeof disputes.$inferInsert): Promise<void> {
      await db
        .insert(disputes)
        .values(row)
        .onConflictDoUpdate({ target: [disputes.attemptId, disputes.keyPointIndex], set: { claimedCovered: row.claimedCovered, comment: row.comment ?? null } });
    },
  };
}

export type AttemptsRepository = ReturnType<typeof createAttemptsRepository>;
