/**
 * Daily practice: the study plan, today's queue (due reviews plus paced new items),
 * recording reviews from flashcards and graded attempts with optimistic concurrency,
 * undo, and the progress figures (streaks, heatmap, mastery, readiness, forecast).
 */
import type { PlanBody, Progress, ProgressExport, Today, TodayItem } from "../../../common/api/practice";
import type { CardRow, ItemType, PracticeRepository, StudyPlanRow } from "../../db/repositories/practice-repository";
import type { UsersRepository } from "../../db/repositories/users-repository";
import { AppError, badRequest, conflict, notFound } from "../../errors";
import type { PracticeCatalog, PracticeItem } from "./catalog";
import { addDays, endOfLocalDay, localDay } from "./local-day";
import { MINUTES, planPace } from "./plan";
import { GRADE_FOR_RATING, readiness, topicMastery } from "./readiness";
import {
  DEFAULT_RETENTION,
  formatInterval,
  newCardState,
  previewIntervals,
  ratingForScore,
  retrievability,
  reviewCard,
  type CardState,
  type RatingValue,
} from "./scheduler";
import { computeStreak, heatmap } from "./streaks";

export interface PracticeServiceDeps {
  repo: PracticeRepository;
  users: UsersRepository;
  catalog: PracticeCatalog;
  now?: () => Date;
}

/** A session shows at most this many reviews; the rest wait for the next session (the count says how many). */
export const MAX_SESSION_REVIEWS = 50;

const DEFAULT_PLAN = { focusTopics: [] as string[], dailyMinutes: 30, interviewDate: null, desiredRetention: DEFAULT_RETENTION };
const LEVEL_RANK = { junior: 0, mid: 1, senior: 2 } as const;
const DIFFICULTY_RANK = { easy: 0, medium: 1, hard: 2 } as const;

const cardState = (c: CardRow): CardState => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsedDays,
  scheduledDays: c.scheduledDays,
  learningSteps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.lastReview,
});

const labels = (intervals: Record<RatingValue, number>) => ({
  1: formatInterval(intervals[1]),
  2: formatInterval(intervals[2]),
  3: formatInterval(intervals[3]),
  4: formatInterval(intervals[4]),
});

/** Round-robin over topics so a session mixes subjects instead of drilling one. */
function interleaveByTopic(items: PracticeItem[]): PracticeItem[] {
  const byTopic = new Map<string, PracticeItem[]>();
  for (const item of items) byTopic.set(item.topic, [...(byTopic.get(item.topic) ?? []), item]);
  const queues = [...byTopic.values()];
  const out: PracticeItem[] = [];
  for (let i = 0; out.length < items.length; i++) for (const q of queues) if (q[i]) out.push(q[i]!);
  return out;
}

export function createPracticeService({ repo, users, catalog, now = () => new Date() }: PracticeServiceDeps) {
  async function userZone(userId: string): Promise<string> {
    return (await users.findById(userId))?.timeZone ?? "UTC";
  }

  async function paceFor(plan: StudyPlanRow | undefined, today: string, items: PracticeItem[], carded: Set<string>) {
    const focus = plan?.focusTopics ?? DEFAULT_PLAN.focusTopics;
    const unstarted = items.filter((i) => (!focus.length || focus.includes(i.topic)) && !carded.has(`${i.itemType}:${i.itemId}`));
    return { unstarted, pace: planPace({ dailyMinutes: plan?.dailyMinutes ?? DEFAULT_PLAN.dailyMinutes, interviewDate: plan?.interviewDate ?? null, today, unstartedFocusItems: unstarted.length }) };
  }

  function presentPlan(plan: StudyPlanRow, pace: ReturnType<typeof planPace>) {
    return {
      targetRole: plan.targetRole,
      targetLevel: plan.targetLevel,
      focusTopics: plan.focusTopics,
      interviewDate: plan.interviewDate,
      dailyMinutes: plan.dailyMinutes,
      desiredRetention: plan.desiredRetention,
      ...pace,
    };
  }

  async function streakFor(userId: string, today: string) {
    const activity = await repo.dailyActivity(userId);
    return { activity, streak: computeStreak(activity.map((a) => a.day), today) };
  }

  /** What Today and Progress both start from: the user's local day, plan, cards (as `readCards` reads them), catalogue and streak, read together. */
  async function snapshot<C>(userId: string, readCards: (userId: string) => Promise<C[]>) {
    const at = now();
    const timeZone = await userZone(userId);
    const today = localDay(at, timeZone);
    const [plan, items, cards, { streak, activity }] = await Promise.all([repo.findPlan(userId), catalog.list(), readCards(userId), streakFor(userId, today)]);
    return { at, timeZone, today, plan, items, cards, streak, activity, retention: plan?.desiredRetention ?? DEFAULT_RETENTION };
  }

  async function review(userId: string, input: { itemType: ItemType; itemId: string; rating: RatingValue; expectedVersion?: number; source: "flashcard" | "attempt"; score?: number }) {
    const item = await catalog.find(input.itemType, input.itemId);
    if (!item) throw notFound(`No ${input.itemType} "${input.itemId}" to practise.`);
    const at = now();
    const plan = await repo.findPlan(userId);
    const retention = plan?.desiredRetention ?? DEFAULT_RETENTION;

    let card = await repo.findCard(userId, input.itemType, input.itemId);
    const isNew = !card;
    if (!card) {
      const fresh = newCardState(at);
      card = (await repo.insertCard({ userId, itemType: input.itemType, itemId: input.itemId, topic: item.topic, ...fresh })) ?? (await repo.findCard(userId, input.itemType, input.itemId));
      if (!card) throw new AppError(500, "Internal Server Error", "The card could not be created.");
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== card.version) {
      throw conflict("This card was rated in another tab or window. Reload to see its new schedule.", [{ field: "body.expectedVersion", message: `is ${input.expectedVersion}, the card is at ${card.version}` }]);
    }
    const next = reviewCard(cardState(card), input.rating, at, retention);
    const grade = input.score ?? GRADE_FOR_RATING[input.rating]!;
    const updated = await repo.updateCard(userId, input.itemType, input.itemId, card.version, { ...next, lastGrade: grade });
    if (!updated) throw conflict("This card was rated in another tab or window at the same moment. Reload to see its new schedule.");

    await repo.insertLog({
      userId,
      itemType: input.itemType,
      itemId: input.itemId,
      rating: input.rating,
      score: input.score ?? null,
      source: input.source,
      reviewedAt: at,
      localDay: localDay(at, await userZone(userId)),
      previous: isNew ? null : { ...cardState(card), lastGrade: card.lastGrade, version: card.version },
    });
    return {
      itemType: updated.itemType,
      itemId: updated.itemId,
      due: updated.due.toISOString(),
      version: updated.version,
      state: updated.state,
      intervalLabel: formatInterval(updated.due.getTime() - at.getTime()),
    };
  }

  return {
    review: (userId: string, input: { itemType: ItemType; itemId: string; rating: RatingValue; expectedVersion?: number }) => review(userId, { ...input, source: "flashcard" }),

    /** A graded attempt reviews the item's card with the rating its score maps to. */
    recordAttempt: (userId: string, itemType: ItemType, itemId: string, score: number) =>
      review(userId, { itemType, itemId, rating: ratingForScore(score), score, source: "attempt" }),

    async undoLast(userId: string) {
      const log = await repo.lastLog(userId);
      if (!log || log.source !== "flashcard") throw conflict("There is no rating to undo.");
      const previous = log.previous as (CardState & { lastGrade: number | null; version: number }) | null;
      if (!previous) {
        await repo.deleteCard(userId, log.itemType, log.itemId);
      } else {
        const card = await repo.findCard(userId, log.itemType, log.itemId);
        if (!card) throw conflict("There is no rating to undo.");
        await repo.updateCard(userId, log.itemType, log.itemId, card.version, {
          ...previous,
          due: new Date(previous.due),
          lastReview: previous.lastReview ? new Date(previous.lastReview) : null,
        });
      }
      await repo.deleteLog(log.id);
      return { itemType: log.itemType, itemId: log.itemId };
    },

    async getPlan(userId: string) {
      const plan = await repo.findPlan(userId);
      if (!plan) return null;
      const today = localDay(now(), await userZone(userId));
      const [items, cards] = await Promise.all([catalog.list(), repo.allCards(userId)]);
      const { pace } = await paceFor(plan, today, items, new Set(cards.map((c) => `${c.itemType}:${c.itemId}`)));
      return presentPlan(plan, pace);
    },

    async savePlan(userId: string, body: PlanBody) {
      if (body.timeZone) await users.update(userId, { timeZone: body.timeZone });
      const today = localDay(now(), body.timeZone ?? (await userZone(userId)));
      if (body.interviewDate && body.interviewDate < today) {
        throw badRequest("The interview date is in the past.", [{ field: "body.interviewDate", message: "must be today or later" }]);
      }
      await repo.upsertPlan({
        userId,
        targetRole: body.targetRole,
        targetLevel: body.targetLevel,
        focusTopics: body.focusTopics ?? [],
        interviewDate: body.interviewDate ?? null,
        dailyMinutes: body.dailyMinutes,
        desiredRetention: body.desiredRetention ?? DEFAULT_RETENTION,
      });
      return (await this.getPlan(userId))!;
    },

    async today(userId: string): Promise<Today> {
      const { at, timeZone, today, plan, items, cards, streak, activity, retention } = await snapshot(userId, repo.cardSchedule);
      const endOfToday = endOfLocalDay(today, timeZone);
      const startOfToday = endOfLocalDay(addDays(today, -1), timeZone);

      const carded = new Set(cards.map((c) => `${c.itemType}:${c.itemId}`));
      const { unstarted, pace } = await paceFor(plan, today, items, carded);
      const introducedToday = cards.filter((c) => c.createdAt >= startOfToday).length;
      const newSlots = Math.max(0, pace.newPerDay - introducedToday);
      const targetLevel = LEVEL_RANK[plan?.targetLevel ?? "mid"];
      const fresh = interleaveByTopic(
        [...unstarted].sort(
          (a, b) =>
            Math.abs(LEVEL_RANK[a.level] - targetLevel) - Math.abs(LEVEL_RANK[b.level] - targetLevel) ||
            DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] ||
            a.itemId.localeCompare(b.itemId),
        ),
      ).slice(0, newSlots);

      const byKey = new Map(items.map((i) => [`${i.itemType}:${i.itemId}`, i]));
      const due = cards
        .filter((c) => c.due <= endOfToday && byKey.has(`${c.itemType}:${c.itemId}`))
        .sort((a, b) => a.due.getTime() - b.due.getTime());

      const session = due.slice(0, MAX_SESSION_REVIEWS);
      const [states, backs] = await Promise.all([
        repo.cardsFor(userId, session),
        catalog.flashcardBacks([...session, ...fresh].filter((i) => i.itemType === "question").map((i) => i.itemId)),
      ]);
      const stateOf = new Map(states.map((c) => [`${c.itemType}:${c.itemId}`, c]));
      const withBack = (itemType: ItemType, itemId: string) => {
        const back = itemType === "question" ? backs.get(itemId) : undefined;
        return back ? { shortAnswer: back.shortAnswer, keyPoints: back.keyPoints } : {};
      };
      // A card rated in another tab between the two reads is shown as it is now.
      const reviewItems: TodayItem[] = session.flatMap((s) => {
        const c = stateOf.get(`${s.itemType}:${s.itemId}`);
        if (!c) return [];
        const item = byKey.get(`${c.itemType}:${c.itemId}`)!;
        return [{ itemType: c.itemType, itemId: c.itemId, title: item.title, topic: item.topic, kind: "review", due: c.due.toISOString(), version: c.version, intervals: labels(previewIntervals(cardState(c), at, retention)), ...withBack(c.itemType, c.itemId) }];
      });
      const newPreview = labels(previewIntervals(newCardState(at), at, retention));
      const newItems: TodayItem[] = fresh.map((f) => ({ itemType: f.itemType, itemId: f.itemId, title: f.title, topic: f.topic, kind: "new", due: null, version: 0, intervals: newPreview, ...withBack(f.itemType, f.itemId) }));

      // Mix: a new item after every few reviews, so a long review backlog still brings new material.
      const mixed: TodayItem[] = [];
      for (let r = 0, n = 0; r < reviewItems.length || n < newItems.length; ) {
        for (let k = 0; k < 3 && r < reviewItems.length; k++) mixed.push(reviewItems[r++]!);
        if (n < newItems.length) mixed.push(newItems[n++]!);
      }
      const minutes = (i: TodayItem) => (i.itemType === "coding" ? MINUTES.coding : i.itemType === "sql" ? MINUTES.sql : i.kind === "new" ? MINUTES.new : MINUTES.review);

      return {
        today,
        timeZone,
        plan: plan ? presentPlan(plan, pace) : null,
        items: mixed,
        dueCount: due.length,
        newCount: newItems.length,
        estimatedMinutes: mixed.reduce((a, i) => a + minutes(i), 0),
        reviewedToday: activity.find((a) => a.day === today)?.reviews ?? 0,
        streak,
      };
    },

    async progress(userId: string): Promise<Progress> {
      const { at, timeZone, today, plan, items, cards, streak, activity, retention } = await snapshot(userId, repo.allCards);

      const totals = new Map<string, number>();
      for (const i of items) totals.set(i.topic, (totals.get(i.topic) ?? 0) + 1);
      const mastery = topicMastery(
        cards.map((c) => ({ topic: c.topic, retrievability: retrievability(cardState(c), at, retention), lastGrade: c.lastGrade ?? 0 })),
        totals,
      );
      const ready = readiness(mastery, plan?.focusTopics ?? []);

      const forecastCounts = new Map<string, number>();
      for (const c of cards) {
        const day = c.due <= at ? today : localDay(c.due, timeZone);
        forecastCounts.set(day, (forecastCounts.get(day) ?? 0) + 1);
      }
      const counts = new Map(activity.map((a) => [a.day, a.reviews]));
      return {
        today,
        streak,
        heatmap: heatmap(counts, today, 182),
        reviewsPerDay: activity.slice(-90).map((a) => ({ day: a.day, reviews: a.reviews })),
        averageGrade: activity.slice(-90).filter((a) => a.avgGrade !== null).map((a) => ({ day: a.day, grade: a.avgGrade! })),
        mastery: mastery.map((m) => ({ ...m, mastery: Math.round(m.mastery * 1000) / 1000 })),
        readiness: { score: ready.score, explanation: ready.explanation, weakest: ready.weakest.map((w) => ({ topic: w.topic, mastery: w.mastery })) },
        forecast: Array.from({ length: 14 }, (_, i) => {
          const day = addDays(today, i);
          return { day, due: forecastCounts.get(day) ?? 0 };
        }),
        totalReviews: activity.reduce((a, d) => a + d.reviews, 0),
      };
    },

    async exportProgress(userId: string): Promise<ProgressExport> {
      const [plan, cards, logs] = await Promise.all([repo.findPlan(userId), repo.allCards(userId), repo.logs(userId)]);
      return {
        format: "backprep-progress",
        version: 1,
        exportedAt: now().toISOString(),
        plan: plan ? { targetRole: plan.targetRole, targetLevel: plan.targetLevel, focusTopics: plan.focusTopics as PlanBody["focusTopics"] & string[], interviewDate: plan.interviewDate, dailyMinutes: plan.dailyMinutes, desiredRetention: plan.desiredRetention } : null,
        cards: cards.map((c) => ({ ...cardState(c), itemType: c.itemType, itemId: c.itemId, topic: c.topic, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null, lastGrade: c.lastGrade })),
        reviewLogs: logs.map((l) => ({ itemType: l.itemType, itemId: l.itemId, rating: l.rating, score: l.score, source: l.source, reviewedAt: l.reviewedAt.toISOString(), localDay: l.localDay })),
      };
    },

    async importProgress(userId: string, data: ProgressExport) {
      const seen = new Set<string>();
      for (const [i, c] of data.cards.entries()) {
        const key = `${c.itemType}:${c.itemId}`;
        if (seen.has(key)) throw badRequest("The export lists a card twice.", [{ field: `body.cards.${i}`, message: `duplicate card ${key}` }]);
        seen.add(key);
      }
      await repo.replaceProgress(
        userId,
        data.cards.map((c) => ({ ...c, userId, due: new Date(c.due), lastReview: c.lastReview ? new Date(c.lastReview) : null })),
        data.reviewLogs.map((l) => ({ ...l, userId, reviewedAt: new Date(l.reviewedAt), previous: null })),
      );
      if (data.plan) await repo.upsertPlan({ userId, ...data.plan, focusTopics: data.plan.focusTopics ?? [], interviewDate: data.plan.interviewDate ?? null, desiredRetention: data.plan.desiredRetention ?? DEFAULT_RETENTION });
      return { cards: data.cards.length, reviewLogs: data.reviewLogs.length };
    },
  };
}

export type PracticeService = ReturnType<typeof createPracticeService>;
