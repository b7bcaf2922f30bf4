import { describe, expect, it } from "vitest";
import { loadModel, thresholdFor } from "./model";
import { FEATURE_NAMES } from "./signals";

const features = (hasPhrasings: 0 | 1) => FEATURE_NAMES.map((n) => (n === "hasPhrasings" ? hasPhrasings : 0.5));

describe("thresholdFor", () => {
  it("holds a key point without authored phrasings to its own threshold", () => {
    const model = { ...loadModel(), threshold: 0.5, plainThreshold: 0.7 };
    expect(thresholdFor(model, features(1))).toBe(0.5);
    expect(thresholdFor(model, features(0))).toBe(0.7);
    const { plainThreshold: _none, ...older } = model;
    expect(thresholdFor(older, features(0))).toBe(0.5);
  });
});
