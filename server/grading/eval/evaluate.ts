/**
 * Runs the embedded grader over the evaluation set and measures it: key-point
 * precision/recall/F1 (combined and per signal), misconception detection, the highest
 * score of a wrong or off-topic answer, and latency. Shared by bench/grader.ts, the
 * regression test and the fitting script, so all three report the same numbers.
 */
import { EmbeddedGrader } from "../embedded-grader";
import type { ModelWeights } from "../embedded/model";
import { FEATURE_NAMES } from "../embedded/signals";
import { plainRubric, type EvalCase, type Split } from "./eval-set";
import { bestThreshold, countSets, percentile, prf, thresholdCounts, type Counts, type Prf } from "./metrics";

/** Kinds that must never score above 0.2. */
export const WRONG_KINDS = new Set(["wrong", "negation"]);
export const OFF_TOPIC_KINDS = new Set(["offtopic", "noise"]);
/** The score a wrong or off-topic answer must never exceed (issue #4's target). */
export const WRONG_SCORE_CEILING = 0.2;

export interface GradedRow {
  case: EvalCase;
  features: number[][];
  covered: number[];
  misconceptions: number[];
  score: number;
  ms: number;
}

export type RubricMode = "full" | "plain";

export function gradeCases(cases: EvalCase[], mode: RubricMode, model?: ModelWeights): GradedRow[] {
  const grader = new EmbeddedGrader(model);
  return cases.map((c) => {
    const question = mode === "plain" ? plainRubric(c.rubric) : c.rubric;
    const t0 = performance.now();
    const { result, signals } = grader.gradeWithSignals({ question, answer: c.answer });
    const ms = performance.now() - t0;
    return {
      case: c,
      features: signals.map((s) => s.features),
      covered: result.keyPoints.filter((k) => k.covered).map((k) => k.index),
      misconceptions: result.misconceptions.map((m) => m.index),
      score: result.score,
      ms,
    };
  });
}

export interface Report {
  rows: number;
  keyPoints: Prf;
  misconceptions: Prf;
  wrongMaxScore: number;
  /** Share of wrong answers (a misconception, or a key point stated the other way round) scoring above 0.2. */
  wrongAboveShare: number;
  offTopicMaxScore: number;
  buzzwordMaxScore: number;
  medianMs: number;
  p95Ms: number;
  /** Each signal alone, thresholded where it maximises F1 on the tuning split. */
  perSignal: Record<string, Prf>;
}

export function report(rows: GradedRow[], signalThresholds: Record<string, number>): Report {
  const kp: Counts = { tp: 0, fp: 0, fn: 0 };
  const mc: Counts = { tp: 0, fp: 0, fn: 0 };
  let wrongMax = 0;
  let wrongCount = 0;
  let wrongAbove = 0;
  let offMax = 0;
  let buzzMax = 0;
  for (const r of rows) {
    countSets(kp, r.covered, r.case.covered);
    countSets(mc, r.misconceptions, r.case.misconceptions);
    if (WRONG_KINDS.has(r.case.kind)) {
      wrongMax = Math.max(wrongMax, r.score);
      wrongCount++;
      if (r.score > WRONG_SCORE_CEILING) wrongAbove++;
    }
    // A correct answer in another language is not off-topic: only non-answers count here.
    if (OFF_TOPIC_KINDS.has(r.case.kind) && r.case.covered.length === 0) offMax = Math.max(offMax, r.score);
    if (r.case.kind === "buzzwords") buzzMax = Math.max(buzzMax, r.score);
  }
  const perSignal: Record<string, Prf> = {};
  const { scores, labels } = flatten(rows);
  FEATURE_NAMES.forEach((name, f) => {
    const t = signalThresholds[name];
    if (t !== undefined) perSignal[name] = prf(thresholdCounts(scores[f]!, labels, t));
  });
  const ms = rows.map((r) => r.ms);
  return {
    rows: rows.length,
    keyPoints: prf(kp),
    misconceptions: prf(mc),
    wrongMaxScore: wrongMax,
    wrongAboveShare: wrongCount ? wrongAbove / wrongCount : 0,
    offTopicMaxScore: offMax,
    buzzwordMaxScore: buzzMax,
    medianMs: percentile(ms, 0.5),
    p95Ms: percentile(ms, 0.95),
    perSignal,
  };
}

/** One column of scores per feature and one label per (answer, key point). */
export function flatten(rows: GradedRow[]): { scores: number[][]; labels: boolean[] } {
  const scores: number[][] = FEATURE_NAMES.map(() => []);
  const labels: boolean[] = [];
  for (const r of rows) {
    r.features.forEach((fv, k) => {
      fv.forEach((v, f) => scores[f]!.push(v));
      labels.push(r.case.covered.includes(k));
    });
  }
  return { scores, labels };
}

/** Per-signal thresholds fitted on tuning rows (for reporting each signal alone). */
export function fitSignalThresholds(tuningRows: GradedRow[]): Record<string, number> {
  const { scores, labels } = flatten(tuningRows);
  const out: Record<string, number> = {};
  FEATURE_NAMES.forEach((name, f) => (out[name] = bestThreshold(scores[f]!, labels)));
  return out;
}

export function bySplit(rows: GradedRow[], split: Split): GradedRow[] {
  return rows.filter((r) => r.case.split === split);
}
