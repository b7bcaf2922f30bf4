/**
 * What can be practised: the published questions (from the database) and the coding
 * and SQL problems (from content/), behind one small interface.
 */
import type { ItemType } from "../../db/repositories/practice-repository";
import type { QuestionsRepository } from "../../db/repositories/questions-repository";
import { createPublishedCache } from "../published-cache";

export interface PracticeItem {
  itemType: ItemType;
  itemId: string;
  title: string;
  topic: string;
  level: "junior" | "mid" | "senior";
  difficulty: "easy" | "medium" | "hard";
}

export interface FlashcardBack {
  shortAnswer: string;
  keyPoints: string[];
}

export interface PracticeCatalog {
  list(): Promise<PracticeItem[]>;
  find(itemType: ItemType, itemId: string): Promise<PracticeItem | undefined>;
  /** Flashcard backs for published questions: the short answer and key points. */
  flashcardBacks(ids: string[]): Promise<Map<string, FlashcardBack>>;
}

/** Problems that live in content/ rather than the database (coding, SQL). */
export interface StaticProblem {
  itemType: "coding" | "sql";
  id: string;
  title: string;
  difficulty: "easy" | "medium" | "hard";
}

const LEVEL_BY_DIFFICULTY = { easy: "junior", medium: "mid", hard: "senior" } as const;

export function createPracticeCatalog(
  questions: QuestionsRepository,
  problems: () => Promise<StaticProblem[]> = async () => [],
  now: () => number = Date.now,
): PracticeCatalog {
  // Problems come from content/ and do not change while the process runs: read them once.
  let cached: Promise<PracticeItem[]> | undefined;
  const staticItems = (): Promise<PracticeItem[]> =>
    (cached ??= problems().then((list) =>
      list.map((p) => ({ itemType: p.itemType, itemId: p.id, title: p.title, topic: p.itemType, level: LEVEL_BY_DIFFICULTY[p.difficulty], difficulty: p.difficulty })),
    ));

  // Every Today page lists the published questions: keep the list while they are unchanged.
  const published = createPublishedCache<"questions", PracticeItem[]>(questions.publishedRevision, now);
  const publishedItems = () =>
    published.get("questions", async () =>
      (await questions.catalog()).map((q) => ({ itemType: "question" as const, itemId: q.id, title: q.title, topic: q.topic, level: q.level, difficulty: q.difficulty })),
    );

  // Flashcard backs of every published question, kept like the list: a Today page shows
  // up to fifty of them, and reading their key points out of each rubric's JSON every time
  // was a fifth of the request.
  const backs = createPublishedCache<"backs", Map<string, FlashcardBack>>(questions.publishedRevision, now);
  const publishedBacks = () => backs.get("backs", async () => questions.flashcardBacks((await publishedItems()).map((i) => i.itemId)));

  return {
    async list() {
      return [...(await publishedItems()), ...(await staticItems())];
    },
    async find(itemType, itemId) {
      if (itemType !== "question") return (await staticItems()).find((p) => p.itemType === itemType && p.itemId === itemId);
      const q = await questions.findById(itemId);
      if (!q || q.status !== "published") return undefined;
      return { itemType, itemId, title: q.title, topic: q.topic, level: q.level, difficulty: q.difficulty };
    },
    async flashcardBacks(ids) {
      const all = await publishedBacks();
      return new Map(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : [])));
    },
  };
}
