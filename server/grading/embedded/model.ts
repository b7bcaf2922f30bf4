/**
 * The calibrated model that turns a key point's signals into a probability that the
 * answer covers it: logistic regression whose weights, decision threshold and the
 * misconception threshold are fitted on the tuning split of the evaluation set by
 * eval/fit-model.ts and committed in model-weights.json. Nothing here is hand-tuned.
 */
import type { MisconceptionModel } from "./misconception-detector";
import { FEATURE_NAMES } from "./signals";
import weightsFile from "./model-weights.json";

export interface ModelWeights {
  features: string[];
  weights: number[];
  bias: number;
  /** Probability at or above which a key point counts as covered. */
  threshold: number;
  /** The same for a key point without authored phrasings (user-written rubrics, the CLI); `threshold` when absent. */
  plainThreshold?: number;
  /** The misconception model (features: MISCONCEPTION_FEATURES). */
  misconception: MisconceptionModel;
  /** Answers whose on-topic share is below this (and cover nothing) are off-topic. */
  offTopicThreshold: number;
  fittedAt?: string;
  tuningRows?: number;
}

export function loadModel(raw: unknown = weightsFile): ModelWeights {
  const m = raw as ModelWeights;
  if (m.features.join(",") !== FEATURE_NAMES.join(",") || m.weights.length !== FEATURE_NAMES.length) {
    throw new Error("model-weights.json does not match the grader's features: run `npx tsx server/grading/eval/fit-model.ts`");
  }
  return m;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability that the key point with these features is covered. */
export function predict(model: ModelWeights, features: number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return sigmoid(z);
}

/** The threshold for a key point with these features: plain key points have their own. */
export function thresholdFor(model: ModelWeights, features: number[]): number {
  return features[FEATURE_NAMES.indexOf("hasPhrasings")] ? model.threshold : (model.plainThreshold ?? model.threshold);
}
