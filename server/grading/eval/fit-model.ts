/**
 * Fits the embedded grader's parameters on the TUNING split only and writes them:
 *   1. idf.json — term weights from the question bank's text (held-out questions excluded),
 *   2. model-weights.json — logistic regression over the signals (rows from full rubrics
 *      and from the same rubrics stripped to plain key-point text, so the model also
 *      grades user-written rubrics), its decision threshold, the misconception
 *      threshold and the off-topic threshold.
 * Run: npx tsx server/grading/eval/fit-model.ts [--cv [--list]]
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadQuestionBank } from "../../content/question-bank";
import { heldOutQuestions, readEvalRows } from "./eval-set";
import type { GradedRow } from "./evaluate";

const here = dirname(fileURLToPath(import.meta.url));
const embeddedDir = join(here, "..", "embedded");

// Step 1: IDF over the bank, before any grader module (which imports idf.json) is loaded.
{
  const { textWindow } = await import("../embedded/answer-units");
  const bank = await loadQuestionBank("content");
  const heldOut = heldOutQuestions(readEvalRows().map((r) => r.question));
  const docs = bank.questions.filter((q) => !heldOut.has(q.id));
  const df = new Map<string, number>();
  for (const q of docs) {
    const text = [q.title, ...q.keyPoints.flatMap((k) => [k.text, ...k.phrasings]), ...q.misconceptions.map((m) => m.claim), q.answer].join("\n");
    const stems = new Set(textWindow(text).units.filter((u) => !u.stop).map((u) => u.stem));
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = docs.length;
  const max = Math.log((n + 1) / 1) + 1;
  const idf: Record<string, number> = {};
  for (const [s, d] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (d >= 2) idf[s] = Math.round((Math.log((n + 1) / (d + 1)) + 1) * 1000) / 1000;
  writeFileSync(join(embeddedDir, "idf.json"), JSON.stringify({ documents: n, default: max, max, idf }, null, 0) + "\n");
  console.log(`idf.json: ${Object.keys(idf).length} stems from ${n} tuning-side questions`);
}

const { loadEvalSet } = await import("./eval-set");
const { gradeCases, report, fitSignalThresholds, bySplit, WRONG_KINDS, WRONG_SCORE_CEILING } = await import("./evaluate");
const { FEATURE_NAMES, analyseAnswer } = await import("../embedded/signals");
const { compileRubric } = await import("../embedded/rubric-compiler");
const { bestMisconceptionCandidate, MISCONCEPTION_FEATURES } = await import("../embedded/misconception-detector");
const { fitLogistic, probabilities, chooseThreshold } = await import("./logistic");
const { averagePrecision, countSets, prf } = await import("./metrics");
type ModelWeights = import("../embedded/model").ModelWeights;

const { cases, problems } = await loadEvalSet();
for (const p of problems) console.warn(`skipped ${p}`);
const tuning = cases.filter((c) => c.split === "tuning");

// Features do not depend on the model, so any weights will do for extracting them.
const neutral: ModelWeights = {
  features: [...FEATURE_NAMES],
  weights: FEATURE_NAMES.map(() => 0),
  bias: 0,
  threshold: 0.5,
  misconception: { weights: [], bias: 0, threshold: 2 },
  offTopicThreshold: -1,
};
interface Row {
  question: string;
  x: number[];
  y: number;
}
const rows: Row[] = [];
for (const mode of ["full", "plain"] as const) {
  for (const row of gradeCases(tuning, mode, neutral)) {
    row.features.forEach((f, k) => rows.push({ question: row.case.question, x: f, y: row.case.covered.includes(k) ? 1 : 0 }));
  }
}
// The decision threshold keeps precision at 0.92 on the tuning rows. A threshold set at
// exactly the target (0.9) lands on it out of sample only half the time: cross-validated
// precision was 0.900 there, 0.912 at 0.91 and 0.921 at 0.92 (recall 0.80 → 0.77). Trust
// comes first: crediting a point the answer did not make is the worse error.
const MIN_PRECISION = 0.92;
// Signals that the answer states the point the other way round: their weights are kept at
// or below zero (see fitLogistic). Unconstrained, the fit gave "the denial is stronger than
// any affirmation" a positive weight, because noisy denials are common in correct answers.
const DENIAL_FEATURES = (["negationMismatch", "antonym", "contradictedStrength"] as const).map((n) => FEATURE_NAMES.indexOf(n));

// Cross-validation by question inside the tuning split: how design changes are judged,
// so the held-out split is only ever reported, never used to choose.
const FOLDS = 5;

/**
 * Fits on all folds but one and counts the verdicts on the fold left out, for each fold
 * in turn; the threshold is chosen on the training folds, as the real fit chooses it.
 */
function crossValidate(data: Row[], foldOf: (question: string) => number, fitOptions: Parameters<typeof fitLogistic>[2], minPrecision: number) {
  let tp = 0, fp = 0, fn = 0;
  const pooled: number[] = [];
  const labels: boolean[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = data.filter((r) => foldOf(r.question) !== f);
    const test = data.filter((r) => foldOf(r.question) === f);
    const fold = fitLogistic(train.map((r) => r.x), train.map((r) => r.y), fitOptions);
    const t = chooseThreshold(probabilities(fold, train.map((r) => r.x)), train.map((r) => r.y), minPrecision);
    probabilities(fold, test.map((r) => r.x)).forEach((p, i) => {
      const yi = test[i]!.y;
      pooled.push(p);
      labels.push(yi === 1);
      if (p >= t && yi) tp++;
      else if (p >= t) fp++;
      else if (yi) fn++;
    });
  }
  return { tp, fp, fn, ap: averagePrecision(pooled, labels) };
}

/**
 * The threshold for key points without authored phrasings (user-written rubrics, the CLI),
 * chosen on those rows alone: with the shared threshold their precision fell below the
 * policy's 0.92 (cross-validated 0.909), since the rows with phrasings carried the choice.
 */
function plainThresholdOf(fit: ReturnType<typeof fitLogistic>, data: Row[]): number {
  const plain = data.filter((r) => r.x[FEATURE_NAMES.indexOf("hasPhrasings")] === 0);
  return chooseThreshold(probabilities(fit, plain.map((r) => r.x)), plain.map((r) => r.y), MIN_PRECISION);
}

/** Folds by question: the i-th question in sorted order goes to fold i mod FOLDS. */
function foldsByOrder(questions: Iterable<string>): (question: string) => number {
  const sorted = [...new Set(questions)].sort();
  const fold = new Map(sorted.map((q, i) => [q, i % FOLDS]));
  return (q) => fold.get(q)!;
}

if (process.argv.includes("--cv")) {
  const { tp, fp, fn, ap } = crossValidate(rows, foldsByOrder(rows.map((r) => r.question)), { nonPositive: DENIAL_FEATURES }, MIN_PRECISION);
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(`cv (5 folds by question, full+plain rows): P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)} AP ${ap.toFixed(3)}`);
}

// Step 2: logistic regression; step 3: the decision threshold (best F1 with precision ≥ MIN_PRECISION on tuning).
const X = rows.map((r) => r.x);
const y = rows.map((r) => r.y);
const fit = fitLogistic(X, y, { nonPositive: DENIAL_FEATURES });
const w = fit.weights;
const b = fit.bias;
const threshold = chooseThreshold(probabilities(fit, X), y, MIN_PRECISION);
const plainThreshold = plainThresholdOf(fit, rows);

// Step 4: the misconception model — logistic regression over the best-stating sentence's
// features, threshold at the best F1 on tuning.
const mcRows: Row[] = [];
const onTopicOfCovering: number[] = [];
for (const c of tuning) {
  const rubric = compileRubric(c.rubric);
  const analysis = analyseAnswer(c.answer, rubric);
  // Answers in another language are left out: the grader reads English, so their share says nothing about topic.
  if (c.covered.length && c.kind !== "noise") onTopicOfCovering.push(analysis.onTopic);
  rubric.misconceptions.forEach((m, i) => {
    const cand = bestMisconceptionCandidate(m, analysis.claimWindows);
    mcRows.push({ question: c.question, x: cand?.features ?? MISCONCEPTION_FEATURES.map(() => 0), y: c.misconceptions.includes(i) ? 1 : 0 });
  });
}
// Misconception threshold: best F1 with precision ≥ 0.6 on tuning (cross-validated F1 0.55
// against 0.48 at 0.75, where most stated misconceptions went unnoticed and wrong answers
// kept their score).
const MC_MIN_PRECISION = 0.6;
// Misconceptions are few (about a hundred stated in tuning), so one fold assignment is
// noisy: the cross-validation is repeated over five assignments of questions to folds.
if (process.argv.includes("--cv")) {
  const f1s: number[] = [];
  const aps: number[] = [];
  const total = { tp: 0, fp: 0, fn: 0 };
  for (let repeat = 0; repeat < 5; repeat++) {
    const foldOf = (q: string) => createHash("sha1").update(`${repeat}:${q}`).digest()[0]! % FOLDS;
    const { tp, fp, fn, ap } = crossValidate(mcRows, foldOf, { lambda: 0.01 }, MC_MIN_PRECISION);
    f1s.push((2 * tp) / (2 * tp + fp + fn));
    aps.push(ap);
    Object.assign(total, { tp: total.tp + tp, fp: total.fp + fp, fn: total.fn + fn });
  }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  console.log(`cv misconceptions (5 folds × 5 repeats): P ${(total.tp / (total.tp + total.fp)).toFixed(3)} R ${(total.tp / (total.tp + total.fn)).toFixed(3)} F1 ${mean(f1s).toFixed(3)} [${f1s.map((v) => v.toFixed(3)).join(" ")}] AP ${mean(aps).toFixed(3)}`);
}
const mcFit = fitLogistic(mcRows.map((r) => r.x), mcRows.map((r) => r.y), { lambda: 0.01 });
const mcThreshold = chooseThreshold(probabilities(mcFit, mcRows.map((r) => r.x)), mcRows.map((r) => r.y), MC_MIN_PRECISION);
const misconception = { weights: mcFit.weights.map((v) => Math.round(v * 1000) / 1000), bias: Math.round(mcFit.bias * 1000) / 1000, threshold: mcThreshold };

// Step 5: off-topic threshold — 80% of the lowest on-topic share of any tuning answer that covers a point.
const offTopicThreshold = Math.round(0.8 * Math.min(...onTopicOfCovering) * 1000) / 1000;

// The whole grader cross-validated: each fold's key-point and misconception models
// grade that fold's answers end to end, so the score-level targets (no wrong answer
// above 0.2, strong answers kept high) are judged without looking at the held-out split.
if (process.argv.includes("--cv")) {
  const foldOf = foldsByOrder(tuning.map((c) => c.question));
  const scored: GradedRow[] = [];
  const scoredPlain: GradedRow[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const test = new Set(tuning.map((c) => c.question).filter((q) => foldOf(q) === f));
    const train = rows.filter((r) => !test.has(r.question));
    const kpFit = fitLogistic(train.map((r) => r.x), train.map((r) => r.y), { nonPositive: DENIAL_FEATURES });
    const mcTrain = mcRows.filter((r) => !test.has(r.question));
    const mcFold = fitLogistic(mcTrain.map((r) => r.x), mcTrain.map((r) => r.y), { lambda: 0.01 });
    const foldModel: ModelWeights = {
      ...neutral,
      weights: kpFit.weights,
      bias: kpFit.bias,
      threshold: chooseThreshold(probabilities(kpFit, train.map((r) => r.x)), train.map((r) => r.y), MIN_PRECISION),
      plainThreshold: plainThresholdOf(kpFit, train),
      misconception: { weights: mcFold.weights, bias: mcFold.bias, threshold: chooseThreshold(probabilities(mcFold, mcTrain.map((r) => r.x)), mcTrain.map((r) => r.y), MC_MIN_PRECISION) },
      offTopicThreshold,
    };
    scored.push(...gradeCases(tuning.filter((c) => test.has(c.question)), "full", foldModel));
    scoredPlain.push(...gradeCases(tuning.filter((c) => test.has(c.question)), "plain", foldModel));
  }
  const wrong = scored.filter((s) => WRONG_KINDS.has(s.case.kind));
  // `--list`: the wrong answers left above the ceiling, to read what the grader missed.
  if (process.argv.includes("--list")) {
    for (const s of wrong.filter((s) => s.score > WRONG_SCORE_CEILING)) {
      const { id, question, covered, misconceptions, answer } = s.case;
      console.log(JSON.stringify({ id, question, score: s.score, covered: s.covered, labelled: covered, misconceptions: s.misconceptions, labelledMisconceptions: misconceptions, answer }));
    }
  }
  for (const [mode, graded] of [["full", scored], ["plain", scoredPlain]] as const) {
    const wrongOnes = graded.filter((s) => WRONG_KINDS.has(s.case.kind));
    const meanOf = (kinds: string[]) => {
      const v = graded.filter((s) => kinds.includes(s.case.kind)).map((s) => s.score);
      return (v.reduce((a, x) => a + x, 0) / v.length).toFixed(3);
    };
    const kp = prf(graded.reduce((c, g) => countSets(c, g.covered, g.case.covered), { tp: 0, fp: 0, fn: 0 }));
    console.log(
      `cv scores (${mode}): wrong above ${WRONG_SCORE_CEILING} ${wrongOnes.filter((s) => s.score > WRONG_SCORE_CEILING).length}/${wrongOnes.length} (max ${Math.max(...wrongOnes.map((s) => s.score)).toFixed(2)}), ` +
        `mean strong ${meanOf(["strong"])}, paraphrase ${meanOf(["paraphrase"])}, partial ${meanOf(["partial"])}, short ${meanOf(["short"])}; ` +
        `key points P ${kp.precision.toFixed(3)} R ${kp.recall.toFixed(3)} F1 ${kp.f1.toFixed(3)}`,
    );
  }
}

const model: ModelWeights = {
  features: [...FEATURE_NAMES],
  weights: w.map((v) => Math.round(v * 1000) / 1000),
  bias: Math.round(b * 1000) / 1000,
  threshold,
  plainThreshold,
  misconception,
  offTopicThreshold,
  fittedAt: new Date().toISOString(),
  tuningRows: X.length,
};
writeFileSync(join(embeddedDir, "model-weights.json"), JSON.stringify(model, null, 2) + "\n");
console.log("weights:", Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, model.weights[j]])), "bias", model.bias);
console.log({ threshold, plainThreshold, misconception, offTopicThreshold, rows: X.length });

const graded = gradeCases(tuning, "full", model);
const r = report(bySplit(graded, "tuning"), fitSignalThresholds(graded));
console.log("tuning (full rubric):", r.keyPoints, "misconceptions", r.misconceptions, "wrong max", r.wrongMaxScore, "off-topic max", r.offTopicMaxScore);
