/**
 * Finds the question's misconceptions in an answer: a misconception is stated when one
 * sentence covers one of its patterns (or its claim) above the fitted threshold, with
 * the same polarity (so "caching does not make every request faster" is not flagged)
 * and with no opposite word standing in for a pattern term.
 */
import type { Window } from "./answer-units";
import type { CompiledMisconception } from "./rubric-compiler";
import { matchText, type TextMatch } from "./text-matcher";

/** Share of matched words with flipped negation above which the sentence denies the claim. */
const POLARITY_MISMATCH = 0.3;

export interface DetectedMisconception {
  index: number;
  coverage: number;
  window: Window;
  match: TextMatch;
}

/** The best-stated pattern of a misconception, whatever its coverage. */
export function bestPatternMatch(m: CompiledMisconception, sentences: Window[]): Omit<DetectedMisconception, "index"> | undefined {
  let best: Omit<DetectedMisconception, "index"> | undefined;
  for (const pattern of m.patterns) {
    if (!pattern.terms.length) continue;
    const needed = Math.min(2, pattern.terms.length);
    for (const window of sentences) {
      const match = matchText(pattern, window);
      // The claim lives in the words the title does not already supply ("…are OS threads").
      if (match.matched < needed || match.antonym || match.negationMismatch >= POLARITY_MISMATCH) continue;
      if (!best || match.distinct > best.coverage) best = { coverage: match.distinct, window, match };
    }
  }
  return best;
}

export function detectMisconceptions(misconceptions: CompiledMisconception[], sentences: Window[], threshold: number): DetectedMisconception[] {
  const found: DetectedMisconception[] = [];
  misconceptions.forEach((m, index) => {
    const best = bestPatternMatch(m, sentences);
    if (best && best.coverage >= threshold) found.push({ index, ...best });
  });
  return found;
}
