import { describe, expect, it } from "vitest";
import { planPace } from "./plan";
import { readiness, topicMastery } from "./readiness";
import { formatInterval, newCardState, previewIntervals, ratingForScore, retrievability, reviewCard } from "./scheduler";

const now = new Date("2026-11-28T10:00:00Z");

describe("scheduler", () => {
  it("maps grader scores to ratings at documented cut-offs", () => {
    expect([0, 0.39, 0.4, 0.64, 0.65, 0.89, 0.9, 1].map(ratingForScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("schedules better ratings further out, and a lapse sooner", () => {
    const card = newCardState(now);
    const preview = previewIntervals(card, now);
    expect(preview[1]).toBeLessThan(preview[3]);
    expect(preview[3]).toBeLessThanOrEqual(preview[4]);

    const good = reviewCard(card, 3, now);
    const later = new Date(good.due.getTime());
    const goodAgain = reviewCard(good, 3, later);
    expect(goodAgain.due.getTime() - later.getTime()).toBeGreaterThan(good.due.getTime() - now.getTime());
    const lapse = reviewCard(goodAgain, 1, goodAgain.due);
    expect(lapse.lapses).toBe(1);
    expect(lapse.due.getTime()).toBeLessThan(goodAgain.due.getTime() + 86_400_000);
  });

  it("asks for shorter intervals at higher desired retention", () => {
    let card = reviewCard(newCardState(now), 3, now);
    card = reviewCard(card, 3, card.due);
    const at90 = previewIntervals(card, card.due, 0.9)[3];
    const at97 = previewIntervals(card, card.due, 0.97)[3];
    expect(at97).toBeLessThan(at90);
  });

  it("reports retrievability falling over time, and zero for a new card", () => {
    const card = reviewCard(reviewCard(newCardState(now), 3, now), 3, new Date(now.getTime() + 86_400_000));
    const soon = retrievability(card, new Date(card.due.getTime() - 3_600_000));
    const late = retrievability(card, new Date(card.due.getTime() + 30 * 86_400_000));
    expect(soon).toBeGreaterThan(late);
    expect(retrievability(newCardState(now), now)).toBe(0);
  });

  it("formats intervals for the rating buttons", () => {
    expect([60_000, 3_600_000 * 5, 86_400_000 * 3, 86_400_000 * 65].map(formatInterval)).toEqual(["1m", "5h", "3d", "2mo"]);
  });
});

describe("readiness", () => {
  it("counts unpractised items as zero and names the weakest topics", () => {
    const totals = new Map([["caching", 4], ["nosql", 2], ["tools", 0]]);
    const mastery = topicMastery(
      [
        { topic: "caching", retrievability: 1, lastGrade: 1 },
        { topic: "caching", retrievability: 0.5, lastGrade: 1 },
        { topic: "nosql", retrievability: 0.9, lastGrade: 0.8 },
      ],
      totals,
    );
    expect(mastery.find((m) => m.topic === "caching")?.mastery).toBeCloseTo(1.5 / 4);
    expect(mastery.find((m) => m.topic === "nosql")?.mastery).toBeCloseTo(0.36);
    const all = readiness(mastery, []);
    expect(all.score).toBe(Math.round(((1.5 / 4 + 0.36) / 2) * 100));
    expect(all.weakest[0]?.topic).toBe("nosql");
    expect(readiness(mastery, ["caching"]).score).toBe(38);
    expect(all.explanation).toMatch(/average mastery/);
  });

  it("is zero for a user with no history", () => {
    expect(readiness(topicMastery([], new Map([["caching", 3]])), []).score).toBe(0);
  });
});

describe("plan", () => {
  it("paces new items to finish two days before the interview", () => {
    expect(planPace({ dailyMinutes: 60, interviewDate: "2026-12-10", today: "2026-11-28", unstartedFocusItems: 50 })).toEqual({ newPerDay: 5, onTrack: true, daysLeft: 12 });
  });

  it("caps by the time budget and says when the plan is not on track", () => {
    expect(planPace({ dailyMinutes: 15, interviewDate: "2026-12-01", today: "2026-11-28", unstartedFocusItems: 100 })).toMatchObject({ newPerDay: 1, onTrack: false });
  });

  it("without a date fills the budget", () => {
    expect(planPace({ dailyMinutes: 30, interviewDate: null, today: "2026-11-28", unstartedFocusItems: 100 })).toEqual({ newPerDay: 3, onTrack: true, daysLeft: null });
    expect(planPace({ dailyMinutes: 30, interviewDate: null, today: "2026-11-28", unstartedFocusItems: 0 }).newPerDay).toBe(0);
  });
});
