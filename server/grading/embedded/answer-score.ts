/**
 * Turns verdicts into the 0..1 score: the weighted share of key points covered, less
 * one average key point per wrong claim; zero when the wrong claims are at least as
 * many as the points covered (a misconception dominates) or the answer is off-topic.
 */
export interface ScoreInput {
  weights: number[];
  covered: boolean[];
  wrongClaims: number;
  offTopic: boolean;
}

export function scoreAnswer({ weights, covered, wrongClaims, offTopic }: ScoreInput): number {
  if (offTopic) return 0;
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  const coveredCount = covered.filter(Boolean).length;
  if (wrongClaims > 0 && wrongClaims >= coveredCount) return 0;
  const got = weights.reduce((s, w, i) => s + (covered[i] ? w : 0), 0);
  const penalty = wrongClaims * (total / Math.max(1, weights.length));
  return Math.max(0, Math.min(1, (got - penalty) / total));
}
