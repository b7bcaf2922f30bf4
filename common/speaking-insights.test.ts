import { describe, expect, it } from "vitest";
import { computeSpeakingInsights } from "./speaking-insights";

const keyPoints = [
  "A cache keeps a copy of data in faster storage so repeated reads skip the slow source of truth",
  "Cached data can go stale, so you need an invalidation strategy such as a TTL",
];

describe("computeSpeakingInsights", () => {
  it("computes words per minute and a pace band from the duration", () => {
    const transcript = Array.from({ length: 150 }, (_, i) => `word${i}`).join(" ");
    expect(computeSpeakingInsights({ transcript, durationSeconds: 60, keyPoints }).wordsPerMinute).toBe(150);
    expect(computeSpeakingInsights({ transcript, durationSeconds: 60, keyPoints }).pace).toBe("conversational");
    expect(computeSpeakingInsights({ transcript, durationSeconds: 120, keyPoints }).pace).toBe("slow");
    expect(computeSpeakingInsights({ transcript, durationSeconds: 30, keyPoints }).pace).toBe("fast");
    const unknown = computeSpeakingInsights({ transcript, durationSeconds: 0, keyPoints });
    expect(unknown.wordsPerMinute).toBeNull();
    expect(unknown.pace).toBe("unknown");
  });

  it("counts filler words, and 'like' or 'so' only where they fill", () => {
    const transcript =
      "Um, so a cache is, like, a copy. Uh, basically you know, it's kind of fast. I would like a TTL. " +
      "It looks like Redis. So, actually, umm, the data goes stale. It is so fast that it matters. You know what I mean.";
    const r = computeSpeakingInsights({ transcript, durationSeconds: 40, keyPoints });
    const count = (w: string) => r.fillers.find((f) => f.term === w)?.count ?? 0;
    expect(count("um")).toBe(2);
    expect(count("uh")).toBe(1);
    expect(count("like")).toBe(1);
    expect(count("so")).toBe(2);
    expect(count("basically")).toBe(1);
    expect(count("actually")).toBe(1);
    expect(count("you know")).toBe(1);
    expect(count("kind of")).toBe(1);
    expect(r.fillerCount).toBe(10);
    expect(r.fillerRate).toBeCloseTo((10 / r.wordCount) * 100, 1);
  });

  it("lists the most-used words without stop words or fillers", () => {
    const transcript = "The cache cache cache holds data. The data is fresh, um, the data, the cache. Redis redis.";
    const r = computeSpeakingInsights({ transcript, durationSeconds: 10, keyPoints });
    expect(r.topWords[0]).toEqual({ term: "cache", count: 4 });
    expect(r.topWords.map((t) => t.term)).toEqual(["cache", "data", "redis"]);
  });

  it("finds job-related terms from the key points, whatever their inflection", () => {
    const transcript = "We cached the reads and used TTLs; stale entries get invalidated. Nothing about pizza.";
    const r = computeSpeakingInsights({ transcript, durationSeconds: 20, keyPoints });
    const terms = r.jobTerms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(["cache", "reads", "ttl", "stale", "invalidation"]));
    expect(terms).not.toContain("pizza");
    expect(terms).not.toContain("such");
  });

  it("compares the length with the target duration", () => {
    const base = { transcript: "a b c", keyPoints };
    expect(computeSpeakingInsights({ ...base, durationSeconds: 45 }).length.verdict).toBe("short");
    expect(computeSpeakingInsights({ ...base, durationSeconds: 90 }).length.verdict).toBe("within");
    expect(computeSpeakingInsights({ ...base, durationSeconds: 150 }).length.verdict).toBe("long");
    expect(computeSpeakingInsights({ ...base, durationSeconds: 150, target: { minSeconds: 120, maxSeconds: 180 } }).length.verdict).toBe("within");
  });

  it("handles an empty transcript", () => {
    const r = computeSpeakingInsights({ transcript: "", durationSeconds: 5, keyPoints });
    expect(r).toMatchObject({ wordCount: 0, fillerCount: 0, fillerRate: 0, topWords: [], jobTerms: [] });
  });
});
