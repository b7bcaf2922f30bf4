/**
 * Regression floors for the embedded grader on the HELD-OUT split of the evaluation set
 * (questions fitting never saw). Floors sit slightly below the figures measured when
 * the model was last fitted (docs/grader.md); a change that makes grading worse fails CI.
 */
import { describe, expect, it } from "vitest";
import { loadEvalSet } from "./eval-set";
import { bySplit, fitSignalThresholds, gradeCases, report } from "./evaluate";

const { cases, problems } = await loadEvalSet();
const heldOut = cases.filter((c) => c.split === "heldout");

describe("embedded grader on the held-out split", () => {
  it("has a usable evaluation set: ≥ 200 answers over ≥ 30 questions, ≥ 30% held out", () => {
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.question)).size).toBeGreaterThanOrEqual(30);
    expect(heldOut.length / cases.length).toBeGreaterThanOrEqual(0.3);
  });

  it("keeps key-point precision, recall and F1 above the measured floors (authored rubrics)", () => {
    const rows = gradeCases(cases, "full");
    const r = report(bySplit(rows, "heldout"), fitSignalThresholds(bySplit(rows, "tuning")));
    // Measured: P 0.905, R 0.832, F1 0.867, misconception F1 0.667.
    expect(r.keyPoints.precision).toBeGreaterThanOrEqual(0.89);
    expect(r.keyPoints.recall).toBeGreaterThanOrEqual(0.8);
    expect(r.keyPoints.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.misconceptions.f1).toBeGreaterThanOrEqual(0.62);
    expect(r.offTopicMaxScore).toBeLessThanOrEqual(0.2);
    expect(r.buzzwordMaxScore).toBeLessThanOrEqual(0.2);
    // Target: no wrong answer above 0.2. Measured: 0.727 at most, 8.1% of held-out wrong answers
    // above 0.2 (misconceptions not recognised, statements reversed without a negation or an
    // opposite the grader knows; docs/grader.md).
    expect(r.wrongMaxScore).toBeLessThanOrEqual(0.8);
    expect(r.wrongAboveShare).toBeLessThanOrEqual(0.1);
    expect(r.medianMs).toBeLessThanOrEqual(50);
  });

  it("keeps the floors when rubrics are plain key-point text (user-written rubrics)", () => {
    const rows = gradeCases(heldOut, "plain");
    const r = report(rows, {});
    // Measured: P 0.903, F1 0.782 (a threshold of their own since the fifth session: P 0.892, F1 0.784 before).
    // The floor sits one step below, as for authored rubrics: one more false credit among
    // about 340 would otherwise fail it.
    expect(r.keyPoints.precision).toBeGreaterThanOrEqual(0.89);
    expect(r.keyPoints.f1).toBeGreaterThanOrEqual(0.77);
    expect(r.offTopicMaxScore).toBeLessThanOrEqual(0.2);
  });
});
