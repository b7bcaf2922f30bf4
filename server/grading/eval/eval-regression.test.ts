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
    expect(r.keyPoints.precision).toBeGreaterThanOrEqual(0.88);
    expect(r.keyPoints.recall).toBeGreaterThanOrEqual(0.76);
    expect(r.keyPoints.f1).toBeGreaterThanOrEqual(0.82);
    expect(r.misconceptions.f1).toBeGreaterThanOrEqual(0.69);
    expect(r.offTopicMaxScore).toBeLessThanOrEqual(0.2);
    expect(r.buzzwordMaxScore).toBeLessThanOrEqual(0.2);
    // Target is 0.2; measured 0.5 (a wrong claim in the rubric's own words, see docs/grader.md).
    expect(r.wrongMaxScore).toBeLessThanOrEqual(0.55);
    expect(r.medianMs).toBeLessThanOrEqual(50);
  });

  it("keeps the floors when rubrics are plain key-point text (user-written rubrics)", () => {
    const rows = gradeCases(heldOut, "plain");
    const r = report(rows, {});
    expect(r.keyPoints.precision).toBeGreaterThanOrEqual(0.91);
    expect(r.keyPoints.f1).toBeGreaterThanOrEqual(0.82);
    expect(r.offTopicMaxScore).toBeLessThanOrEqual(0.2);
  });
});
