/** Queries on FSRS cards, review logs and study plans. */
import { and, asc, desc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db } from "../database";
import { cards, dailyActivity, reviewLogs, studyPlans } from "../schema";

export type CardRow = typeof cards.$inferSelect;
export type ReviewLogRow = typeof reviewLogs.$inferSelect;
export type StudyPlanRow = typeof studyPlans.$inferSelect;
export type ItemType = CardRow["itemType"];
export type CardSchedule = Pick<CardRow, "itemType" | "itemId" | "due" | "createdAt">;

export function createPracticeRepository(db: Db) {
  return {
    async findCard(userId: string, itemType: ItemType, itemId: string): Promise<CardRow | undefined> {
      const [row] = await db
        .select()
        .from(cards)
        .where(and(eq(cards.userId, userId), eq(cards.itemType, itemType), eq(cards.itemId, itemId)))
        .limit(1);
      return row;
    },

    /** Inserts a card; returns undefined when another request created it first. */
    async insertCard(row: typeof cards.$inferInsert): Promise<CardRow | undefined> {
      const [created] = await db.insert(cards).values(row).onConflictDoNothing().returning();
      return created;
    },

    /**
     * Compare-and-set on the card's version: a second tab rating the same card with
     * a stale version updates nothing, and the caller reports a conflict.
     */
    async updateCard(userId: string, itemType: ItemType, itemId: string, expectedVersion: number, patch: Partial<CardRow>): Promise<CardRow | undefined> {
      const [row] = await db
        .update(cards)
        .set({ ...patch, version: expectedVersion + 1 })
        .where(and(eq(cards.userId, userId), eq(cards.itemType, itemType), eq(cards.itemId, itemId), eq(cards.version, expectedVersion)))
        .returning();
      return row;
    },

    async deleteCard(userId: string, itemType: ItemType, itemId: string): Promise<void> {
      await db.delete(cards).where(and(eq(cards.userId, userId), eq(cards.itemType, itemType), eq(cards.itemId, itemId)));
    },

    async insertLog(row: typeof reviewLogs.$inferInsert): Promise<ReviewLogRow> {
      const [created] = await db.insert(reviewLogs).values(row).returning();
      return created!;
    },

    async lastLog(userId: string): Promise<ReviewLogRow | undefined> {
      const [row] = await db.select().from(reviewLogs).where(eq(reviewLogs.userId, userId)).orderBy(desc(reviewLogs.reviewedAt)).limit(1);
      return row;
    },

    async deleteLog(id: string): Promise<void> {
      await db.delete(reviewLogs).where(eq(reviewLogs.id, id));
    },

    /**
     * What the Today queue needs of every card: which items have one, when each is due and
     * when it was introduced. Decoding every column of every card is most of a Today
     * request's time on PGlite; the full state is read for the session's cards only.
     */
    async cardSchedule(userId: string): Promise<CardSchedule[]> {
      return db.select({ itemType: cards.itemType, itemId: cards.itemId, due: cards.due, createdAt: cards.createdAt }).from(cards).where(eq(cards.userId, userId));
    },

    /** The user's cards for these items (any order; items without a card are left out). */
    async cardsFor(userId: string, items: { itemType: ItemType; itemId: string }[]): Promise<CardRow[]> {
      if (!items.length) return [];
      const wanted = new Set(items.map((i) => `${i.itemType}:${i.itemId}`));
      const rows = await db
        .select()
        .from(cards)
        .where(and(eq(cards.userId, userId), inArray(cards.itemId, [...new Set(items.map((i) => i.itemId))])));
      return rows.filter((r) => wanted.has(`${r.itemType}:${r.itemId}`));
    },

    async allCards(userId: string): Promise<CardRow[]> {
      return db.select().from(cards).where(eq(cards.userId, userId));
    },

    async cardsCreatedSince(userId: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(cards)
        .where(and(eq(cards.userId, userId), gte(cards.createdAt, since)));
      return row?.n ?? 0;
    },

    /** Reviews and average grade per local day, from the summary the review_logs triggers keep. */
    async dailyActivity(userId: string): Promise<{ day: string; reviews: number; avgGrade: number | null }[]> {
      const rows = await db
        .select({ day: dailyActivity.localDay, reviews: dailyActivity.reviews, gradeSum: dailyActivity.gradeSum })
        .from(dailyActivity)
        .where(eq(dailyActivity.userId, userId))
        .orderBy(asc(dailyActivity.localDay));
      return rows.map((r) => ({ day: r.day, reviews: r.reviews, avgGrade: r.reviews > 0 ? r.gradeSum / r.reviews : null }));
    },

    async logs(userId: string): Promise<ReviewLogRow[]> {
      return db.select().from(reviewLogs).where(eq(reviewLogs.userId, userId)).orderBy(asc(reviewLogs.reviewedAt));
    },

    async findPlan(userId: string): Promise<StudyPlanRow | undefined> {
      const [row] = await db.select().from(studyPlans).where(eq(studyPlans.userId, userId)).limit(1);
      return row;
    },

    async upsertPlan(row: typeof studyPlans.$inferInsert): Promise<StudyPlanRow> {
      const [saved] = await db
        .insert(studyPlans)
        .values(row)
        .onConflictDoUpdate({ target: studyPlans.userId, set: { ...row, updatedAt: new Date() } })
        .returning();
      return saved!;
    },

    /** Replaces all of a user's cards and logs (progress import), in one transaction. */
    async replaceProgress(userId: string, cardRows: (typeof cards.$inferInsert)[], logRows: (typeof reviewLogs.$inferInsert)[]): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(reviewLogs).where(eq(reviewLogs.userId, userId));
        await tx.delete(cards).where(eq(cards.userId, userId));
        for (let i = 0; i < cardRows.length; i += 500) await tx.insert(cards).values(cardRows.slice(i, i + 500));
        for (let i = 0; i < logRows.length; i += 500) await tx.insert(reviewLogs).values(logRows.slice(i, i + 500));
      });
    },
  };
}

export type PracticeRepository = ReturnType<typeof createPracticeRepository>;
