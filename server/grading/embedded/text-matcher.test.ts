import { describe, expect, it } from "vitest";
import { textWindow } from "./answer-units";
import { compileText } from "./rubric-compiler";
import { matchText } from "./text-matcher";

const match = (rubric: string, answer: string) => matchText(compileText(rubric, new Set()), textWindow(answer));

describe("matchText", () => {
  it("matches domain synonyms and multi-word terms", () => {
    expect(match("reduces load on the database", "it cuts load on the db").coverage).toBeGreaterThan(0.8);
    expect(match("set a time to live on each key", "set a TTL on each key").coverage).toBeGreaterThan(0.8);
  });

  it("lets one answer word stand for one rubric term only", () => {
    const m = match("every insert and update must update the index", "writes");
    expect(m.matched).toBe(1);
  });

  it("does not count negated or reversed terms as coverage, and reports the reversal", () => {
    const affirmed = match("caching reduces latency", "caching reduces latency");
    const negated = match("caching reduces latency", "caching does not reduce latency");
    const opposite = match("caching reduces latency", "caching increases latency");
    expect(affirmed.coverage).toBeCloseTo(1);
    expect(negated.coverage).toBeLessThan(0.5);
    expect(negated.reversed).toBeGreaterThan(0.5);
    expect(opposite.antonym).toBe(true);
    expect(opposite.coverage).toBeLessThan(0.8);
  });

  it("does not see an opposite where the term itself is affirmed", () => {
    const m = match("reduces latency", "it reduces latency and increases throughput");
    expect(m.antonym).toBe(false);
    expect(m.reversed).toBe(0);
  });
});
