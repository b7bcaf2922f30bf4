import { describe, expect, it } from "vitest";
import { scoreAnswer, WRONG_CLAIM_PENALTY } from "./answer-score";

describe("scoreAnswer", () => {
  const weights = [3, 2, 1];
  it("is the weighted share of covered key points", () => {
    expect(scoreAnswer({ weights, covered: [true, false, true], wrongClaims: 0, offTopic: false })).toBeCloseTo(4 / 6);
  });
  it("takes a third of the scale per wrong claim", () => {
    expect(scoreAnswer({ weights, covered: [true, true, true], wrongClaims: 1, offTopic: false })).toBeCloseTo(1 - WRONG_CLAIM_PENALTY);
  });
  it("is 0 when wrong claims dominate or the answer is off-topic", () => {
    expect(scoreAnswer({ weights, covered: [true, false, false], wrongClaims: 1, offTopic: false })).toBe(0);
    expect(scoreAnswer({ weights, covered: [true, true, true], wrongClaims: 0, offTopic: true })).toBe(0);
  });
});
