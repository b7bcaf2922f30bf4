import { describe, expect, it } from "vitest";
import { fitLogistic, probabilities } from "./logistic";

// Feature 0 predicts the label; feature 1 also correlates with it, by accident of the sample.
const X = [
  [0.9, 0.8],
  [0.8, 0.9],
  [0.7, 0.6],
  [0.2, 0.1],
  [0.1, 0.3],
  [0.3, 0.0],
];
const y = [1, 1, 1, 0, 0, 0];

describe("fitLogistic", () => {
  it("separates the classes", () => {
    const fit = fitLogistic(X, y);
    const p = probabilities(fit, X);
    expect(p.slice(0, 3).every((v) => v > 0.5)).toBe(true);
    expect(p.slice(3).every((v) => v < 0.5)).toBe(true);
    expect(fit.weights[1]).toBeGreaterThan(0);
  });

  it("keeps constrained weights at or below zero, and still separates on the others", () => {
    const fit = fitLogistic(X, y, { nonPositive: [1] });
    expect(fit.weights[1]).toBeLessThanOrEqual(0);
    expect(fit.weights[0]).toBeGreaterThan(0);
    const p = probabilities(fit, X);
    expect(p.slice(0, 3).every((v) => v > 0.5)).toBe(true);
    expect(p.slice(3).every((v) => v < 0.5)).toBe(true);
  });
});
