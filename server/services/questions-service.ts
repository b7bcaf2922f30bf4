/** Browsing the question bank: listing with filters, search and cursors; details; bookmarks. */
import type { ListQuestionsQuery, QuestionDetail, QuestionList } from "../../common/api/questions";
import { COLLECTIONS, TOPICS } from "../../common/content/topics";
import type { QuestionsRepository } from "../db/repositories/questions-repository";
import { badRequest, notFound } from "../errors";
import type { QuestionBody } from "./content-sync";
import { createPublishedCache } from "./published-cache";

const encodeCursor = (key: [string, string]) => Buffer.from(JSON.stringify(key)).toString("base64url");

function decodeCursor(cursor: string): [string, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === "string")) return key as [string, string];
  } catch {
    // fall through to the error below
  }
  throw badRequest("The cursor is invalid.", [{ field: "querystring.cursor", message: "is not a cursor from this API" }]);
}

type PublishedDetail = Omit<QuestionDetail, "bookmarked">;

export function createQuestionsService(repo: QuestionsRepository, now: () => number = Date.now) {
  // Every question page reads one published question: reading it from PGlite cost 2
  // queries and ~2 ms of the event loop, so details are kept while they are unchanged.
  const details = createPublishedCache<string, PublishedDetail>(repo.publishedRevision, now);
  const publishedDetail = (id: string) => details.get(id, () => loadDetail(id));

  async function loadDetail(id: string): Promise<PublishedDetail> {
    const row = await repo.findById(id);
    // A failed load is never cached, so a question that does not exist never fills the cache.
    if (!row || row.status !== "published") throw notFound(`No question with id "${id}".`);
    const body = row.body as QuestionBody;
    return {
      id: row.id,
      title: row.title,
      topic: row.topic,
      difficulty: row.difficulty,
      level: row.level,
      tags: row.tags,
      collections: row.collections,
      status: row.status,
      keyPoints: body.keyPoints.map((k) => ({ text: k.text, weight: k.weight })),
      misconceptions: body.misconceptions.map((m) => ({ claim: m.claim, correction: m.correction })),
      followUps: body.followUps,
      related: await repo.titles(body.related),
      references: body.references,
      answer: row.answer,
      shortAnswer: row.shortAnswer,
    };
  }

  return {
    async list(query: ListQuestionsQuery & { limit: number }, userId?: string): Promise<QuestionList> {
      // Strip characters that carry no meaning for search but could upset the parser.
      const search = query.q?.replace(/[\u0000-\u001f]/g, " ").slice(0, 500);
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await repo.list({ ...query, search, after, userId, limit: query.limit + 1 });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor = rows.length > query.limit && last ? encodeCursor(search?.trim() ? [last.rank ?? "0", last.id] : [last.topic, last.id]) : null;
      return {
        items: page.map((r) => ({
          id: r.id,
          title: r.title,
          topic: r.topic,
          difficulty: r.difficulty,
          level: r.level,
          tags: r.tags,
          collections: r.collections,
          ...(r.snippet ? { snippet: r.snippet } : {}),
          ...(userId ? { bookmarked: r.bookmarked, lastScore: r.lastScore } : {}),
        })),
        nextCursor,
      };
    },

    async get(id: string, userId?: string): Promise<QuestionDetail> {
      const detail = await publishedDetail(id);
      return userId ? { ...detail, bookmarked: await repo.isBookmarked(userId, id) } : detail;
    },

    async setBookmark(userId: string, id: string, on: boolean) {
      const row = await repo.findById(id);
      if (!row || row.status !== "published") throw notFound(`No question with id "${id}".`);
      await repo.setBookmark(userId, id, on);
    },

    async topics() {
      const rows = await repo.counts();
      const byTopic = new Map<string, number>();
      const byCollection = new Map<string, number>();
      for (const r of rows) {
        byTopic.set(r.topic, (byTopic.get(r.topic) ?? 0) + 1);
        for (const c of r.collections) byCollection.set(c, (byCollection.get(c) ?? 0) + 1);
      }
      return {
        topics: TOPICS.map((t) => ({ id: t.id, name: t.name, count: byTopic.get(t.id) ?? 0 })),
        collections: COLLECTIONS.map((c) => ({ id: c.id, name: c.name, count: byCollection.get(c.id) ?? 0 })),
      };
    },
  };
}

export type QuestionsService = ReturnType<typeof createQuestionsService>;
