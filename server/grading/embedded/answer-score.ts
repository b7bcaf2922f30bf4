/**
 * Turns verdicts into the 0..1 score: the weighted share of key points covered, less a
 * third of the scale per wrong claim (a misconception or a contradicted key point);
 * zero when the wrong claims are at least as many as the points covered (the
 * misconception dominates) or the answer is off-topic. An interviewer who hears a
 * confident wrong claim marks the answer down hard: a partial answer with one wrong
 * claim lands below 0.2, a strong answer with one slip near 0.5.
 */

/** Share of the full score one wrong claim costs. */
export const WRONG_CLAIM_PENALTY = 1 / 3;
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
  return Math.max(0, Math.min(1, got / total - wrongClaims * WRONG_CLAIM_PENALTY));
}
