/**
 * The default grader: offline, deterministic, no network. It compiles the rubric once
 * (terms, synonyms, opposites), computes signals per key point over the answer's
 * sentences, lets the fitted logistic model decide coverage, detects misconceptions
 * and contradictions, and writes feedback quoting the answer.
 */
import type { GradeInput, GradeResult, KeyPointVerdict, MisconceptionVerdict } from "./grade-schema";
import type { GradeOptions, Grader } from "./grader";
import { scoreAnswer } from "./embedded/answer-score";
import { evidenceFor } from "./embedded/evidence";
import { writeFeedback } from "./embedded/feedback-writer";
import { detectMisconceptions } from "./embedded/misconception-detector";
import { loadModel, predict, thresholdFor, type ModelWeights } from "./embedded/model";
import { compileRubric } from "./embedded/rubric-compiler";
import { analyseAnswer, keyPointSignals, type KeyPointSignals } from "./embedded/signals";


export interface EmbeddedGrading {
  result: GradeResult;
  /** Per key point signals, for the evaluation harness and the fitting script. */
  signals: KeyPointSignals[];
}

export class EmbeddedGrader implements Grader {
  readonly name = "embedded" as const;
  private readonly model: ModelWeights;

  constructor(model?: ModelWeights) {
    this.model = model ?? loadModel();
  }

  async grade(input: GradeInput, options?: GradeOptions): Promise<GradeResult> {
    options?.signal?.throwIfAborted();
    const { result } = this.gradeWithSignals(input);
    options?.onFeedbackDelta?.(result.feedback);
    return result;
  }

  /** Synchronous grading that also returns the signals (used by eval and bench). */
  gradeWithSignals(input: GradeInput): EmbeddedGrading {
    const { answer, question } = input;
    const rubric = compileRubric(question);
    const analysis = analyseAnswer(answer, rubric);
    const offTopic = analysis.onTopic < this.model.offTopicThreshold;
    const signals = rubric.keyPoints.map((kp) => keyPointSignals(kp, analysis));

    const keyPoints: KeyPointVerdict[] = signals.map((s, index) => {
      const p = offTopic ? 0 : predict(this.model, s.features);
      const threshold = thresholdFor(this.model, s.features);
      const covered = p >= threshold;
      const verdict: KeyPointVerdict = { index, covered, confidence: round(covered ? p : 1 - p) };
      if (covered && s.window) verdict.evidence = evidenceFor(answer, analysis.sentences, s.window, s.match);
      // A contradiction: a reversed statement that the model would have credited had it been affirmed.
      if (!covered && s.deniedAsAffirmed && s.window && predict(this.model, s.deniedAsAffirmed) >= threshold) {
        verdict.contradiction = evidenceFor(answer, analysis.sentences, s.window, s.match, { denial: true });
      }
      return verdict;
    });

    const misconceptions: MisconceptionVerdict[] = detectMisconceptions(
      rubric.misconceptions,
      analysis.claimWindows,
      this.model.misconception,
    ).map((d) => ({
      index: d.index,
      claim: rubric.misconceptions[d.index]!.claim,
      correction: rubric.misconceptions[d.index]!.correction,
      evidence: evidenceFor(answer, analysis.sentences, d.window, d.match),
    }));

    const wrongClaims = misconceptions.length + keyPoints.filter((k) => k.contradiction).length;
    const weights = rubric.keyPoints.map((k) => k.weight);
    const score = scoreAnswer({ weights, covered: keyPoints.map((k) => k.covered), wrongClaims, offTopic });
    const partial = { score: round(score), keyPoints, misconceptions, grader: "embedded" as const };
    const feedback = writeFeedback({ keyPointTexts: question.keyPoints.map((k) => k.text), weights, result: partial, offTopic });
    return { result: { ...partial, feedback }, signals };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
