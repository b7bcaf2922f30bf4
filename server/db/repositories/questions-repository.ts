/**
 * Queries on the question bank: upserts from content, filtered and ranked listing
 * with keyset cursors, bookmarks.
 */
import { and, desc, eq, getTableColumns, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../database";
import { attempts, bookmarks, contentVersions, questions, users } from "../schema";

export type QuestionRow = Omit<typeof questions.$inferSelect, "searchVector">;

/** Every column but the search vector: it is only for the index, and costly to read back. */
const { searchVector: _searchVector, ...ROW_COLUMNS } = getTableColumns(questions);
export type NewQuestionRow = typeof questions.$inferInsert;

/** What names a question in any list: the catalogue, drafts, exports. */
const HEADLINE_COLUMNS = { id: questions.id, title: questions.title, topic: questions.topic, difficulty: questions.difficulty, level: questions.level };

/** A score at or above this on the latest attempt counts as mastered in list filters. */
export const MASTERED_SCORE = 0.8;

export interface ListFilter {
  search?: string;
  topic?: string;
  difficulty?: string;
  level?: string;
  collection?: string;
  status?: "new" | "learning" | "mastered" | "bookmarked";
  userId?: string;
  /** Keyset position: [rank, id] with a search, [topic, id] without. */
  after?: [string, string];
  limit: number;
}

export interface ListedQuestion {
  id: string;
  title: string;
  topic: string;
  difficulty: "easy" | "medium" | "hard";
  level: "junior" | "mid" | "senior";
  tags: string[];
  collections: string[];
  rank: string | null;
  snippet: string | null;
  bookmarked: boolean;
  lastScore: number | null;
}

/** Columns of the questions table as the hand-written list query names it (`from questions q`). */
const q = alias(questions, "q");

/** Full-text query for a bank search, or undefined for no search. */
function searchQuery(search: string | undefined): SQL | undefined {
  const text = search?.trim();
  return text ? sql`websearch_to_tsquery('english', ${text})` : undefined;
}

/** Published questions matching the bank's filters, on the questions table or its alias. */
function bankConditions(table: typeof questions | typeof q, f: Pick<ListFilter, "topic" | "difficulty" | "level" | "collection">, query: SQL | undefined): SQL[] {
  const where: SQL[] = [sql`${table.status} = 'published'`];
  if (query) where.push(sql`${table.searchVector} @@ ${query}`);
  if (f.topic) where.push(sql`${table.topic} = ${f.topic}`);
  if (f.difficulty) where.push(sql`${table.difficulty} = ${f.difficulty}`);
  if (f.level) where.push(sql`${table.level} = ${f.level}`);
  if (f.collection) where.push(sql`${f.collection} = any(${table.collections})`);
  return where;
}

export function createQuestionsRepository(db: Db) {
  // Bumped by every write through this repository that changes what is published, so
  // caches of published questions in this process know when to reload.
  let publishedRevision = 0;
  return {
    /** Changes to published questions made by this process so far (content sync, publishing). */
    publishedRevision(): number {
      return publishedRevision;
    },

    async contentHashes(): Promise<Map<string, { hash: string; status: string; source: string }>> {
      const rows = await db.select({ id: questions.id, hash: questions.contentHash, status: questions.status, source: questions.source }).from(questions);
      return new Map(rows.map((r) => [r.id, r]));
    },

    async upsert(rows: NewQuestionRow[]): Promise<void> {
      if (!rows.length) return;
      await db
        .insert(questions)
        .values(rows)
        .onConflictDoUpdate({
          target: questions.id,
          set: {
            title: sql`excluded.title`,
            topic: sql`excluded.topic`,
            difficulty: sql`excluded.difficulty`,
            level: sql`excluded.level`,
            tags: sql`excluded.tags`,
            collections: sql`excluded.collections`,
            body: sql`excluded.body`,
            answer: sql`excluded.answer`,
            shortAnswer: sql`excluded.short_answer`,
            status: sql`excluded.status`,
            source: sql`excluded.source`,
            contentHash: sql`excluded.content_hash`,
            updatedAt: sql`now()`,
          },
        });
      // After the write: a read racing it may cache the old row, but under the old revision.
      publishedRevision++;
    },

    /** Retires content questions no longer in content/: kept for users' history, hidden from the bank. */
    async retireContentExcept(ids: string[]): Promise<number> {
      const retired = await db
        .update(questions)
        .set({ status: "retired", updatedAt: new Date() })
        .where(and(eq(questions.source, "content"), eq(questions.status, "published"), ids.length ? notInArray(questions.id, ids) : undefined))
        .returning({ id: questions.id });
      if (retired.length) publishedRevision++;
      return retired.length;
    },

    async recordContentVersion(version: string, counts: unknown): Promise<void> {
      await db.insert(contentVersions).values({ version, counts });
    },

    async latestContentVersion() {
      const [row] = await db.select().from(contentVersions).orderBy(desc(contentVersions.id)).limit(1);
      return row;
    },

    async findById(id: string): Promise<QuestionRow | undefined> {
      const [row] = await db.select(ROW_COLUMNS).from(questions).where(eq(questions.id, id)).limit(1);
      return row as QuestionRow | undefined;
    },

    async titles(ids: string[]): Promise<{ id: string; title: string }[]> {
      if (!ids.length) return [];
      return db
        .select({ id: questions.id, title: questions.title })
        .from(questions)
        .where(and(inArray(questions.id, ids), eq(questions.status, "published")));
    },

    /** Every published question, minimal columns: the practice catalogue. */
    async catalog() {
      return db
        .select(HEADLINE_COLUMNS)
        .from(questions)
        .where(eq(questions.status, "published"));
    },

    async flashcardBacks(ids: string[]): Promise<Map<string, { shortAnswer: string; keyPoints: string[] }>> {
      if (!ids.length) return new Map();
      // Only the key points' text: the rubric's phrasings are large and not shown on a flashcard.
      const rows = await db
        .select({ id: questions.id, shortAnswer: questions.shortAnswer, keyPoints: sql<string[]>`jsonb_path_query_array(${questions.body}, '$.keyPoints[*].text')` })
        .from(questions)
        .where(inArray(questions.id, ids));
      return new Map(rows.map((r) => [r.id, { shortAnswer: r.shortAnswer, keyPoints: r.keyPoints }]));
    },

    async counts(): Promise<{ topic: string; collections: string[] }[]> {
      return db.select({ topic: questions.topic, collections: questions.collections }).from(questions).where(eq(questions.status, "published"));
    },

    async list(f: ListFilter): Promise<ListedQuestion[]> {
      const userId = f.userId ?? null;
      const query = searchQuery(f.search);

      const latestScore = sql`(select a.score from ${attempts} a where a.user_id = ${userId} and a.question_id = q.id order by a.created_at desc limit 1)`;
      const isBookmarked = sql`exists (select 1 from ${bookmarks} b where b.user_id = ${userId} and b.question_id = q.id)`;
      const rank = query ? sql`round(ts_rank_cd(q.search_vector, ${query}, 32)::numeric, 6)` : sql`null::numeric`;

      const where = bankConditions(q, f, query);
      if (userId && f.status === "bookmarked") where.push(isBookmarked);
      if (userId && f.status === "new") where.push(sql`${latestScore} is null`);
      if (userId && f.status === "learning") where.push(sql`${latestScore} < ${MASTERED_SCORE}`);
      if (userId && f.status === "mastered") where.push(sql`${latestScore} >= ${MASTERED_SCORE}`);
      if (f.after) {
        where.push(query ? sql`(${rank} < ${f.after[0]}::numeric or (${rank} = ${f.after[0]}::numeric and q.id > ${f.after[1]}))` : sql`(q.topic, q.id) > (${f.after[0]}, ${f.after[1]})`);
      }

      const snippet = query
        ? sql`ts_headline('english', q.short_answer || ' ' || q.answer, ${query}, ${"StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter= … "})`
        : sql`null`;
      const order = query ? sql`${rank} desc, q.id asc` : sql`q.topic asc, q.id asc`;

      const result = await db.execute(sql`
        select q.id, q.title, q.topic, q.difficulty, q.level, q.tags, q.collections,
               ${rank}::text as rank, ${snippet} as snippet,
               ${userId ? isBookmarked : sql`false`} as bookmarked,
               ${userId ? latestScore : sql`null::float8`} as "lastScore"
        from ${questions} q
        where ${sql.join(where, sql` and `)}
        order by ${order}
        limit ${f.limit}`);
      return (result as unknown as { rows: ListedQuestion[] }).rows;
    },

    async setBookmark(userId: string, questionId: string, on: boolean): Promise<void> {
      if (on) await db.insert(bookmarks).values({ userId, questionId }).onConflictDoNothing();
      else await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.questionId, questionId)));
    },

    async isBookmarked(userId: string, questionId: string): Promise<boolean> {
      const rows = await db.select({ q: bookmarks.questionId }).from(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.questionId, questionId))).limit(1);
      return rows.length > 0;
    },

    // Authoring: drafts written in the app, published by an admin; exports.

    /** Inserts a draft; undefined when the id is taken by any question (no exception for a normal outcome). */
    async insertDraft(row: NewQuestionRow): Promise<QuestionRow | undefined> {
      const [inserted] = await db.insert(questions).values(row).onConflictDoNothing({ target: questions.id }).returning();
      return inserted;
    },

    /** Replaces a draft's content; undefined when it is no longer a draft. */
    async updateDraft(id: string, patch: Partial<NewQuestionRow>): Promise<QuestionRow | undefined> {
      const [row] = await db
        .update(questions)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(questions.id, id), eq(questions.status, "draft")))
        .returning();
      if (row) publishedRevision++;
      return row;
    },

    /** Draft → published; undefined when it was not a draft (already published, or gone). */
    async publishDraft(id: string): Promise<QuestionRow | undefined> {
      const [row] = await db
        .update(questions)
        .set({ status: "published", updatedAt: new Date() })
        .where(and(eq(questions.id, id), eq(questions.status, "draft")))
        .returning();
      return row;
    },

    /** One question with its author's display name. */
    async findWithAuthor(id: string): Promise<(QuestionRow & { authorName: string | null }) | undefined> {
      const [row] = await db
        .select({ question: questions, authorName: users.displayName })
        .from(questions)
        .leftJoin(users, eq(users.id, questions.authorId))
        .where(eq(questions.id, id))
        .limit(1);
      return row ? { ...row.question, authorName: row.authorName } : undefined;
    },

    /** Drafts, newest first: one author's, or everyone's when authorId is undefined. */
    async listDrafts(authorId?: string) {
      return db
        .select({
          ...HEADLINE_COLUMNS,
          status: questions.status,
          authorId: questions.authorId,
          authorName: users.displayName,
          updatedAt: questions.updatedAt,
        })
        .from(questions)
        .leftJoin(users, eq(users.id, questions.authorId))
        .where(and(eq(questions.status, "draft"), authorId ? eq(questions.authorId, authorId) : undefined))
        .orderBy(desc(questions.updatedAt), questions.id)
        .limit(500);
    },

    /** Published questions matching the bank's filters, whole, in bank order: exports. */
    async listForExport(f: Pick<ListFilter, "search" | "topic" | "difficulty" | "level" | "collection"> & { limit: number }) {
      const where = bankConditions(questions, f, searchQuery(f.search));
      return db
        .select({
          ...HEADLINE_COLUMNS,
          tags: questions.tags,
          body: questions.body,
          shortAnswer: questions.shortAnswer,
        })
        .from(questions)
        .where(and(...where))
        .orderBy(questions.topic, questions.id)
        .limit(f.limit);
    },
  };
}

export type QuestionsRepository = ReturnType<typeof createQuestionsRepository>;
