/**
 * Finds the question's misconceptions in an answer. For each misconception the sentence
 * that best states one of its patterns (or its claim) is found, skipping sentences that
 * deny it ("caching does not make every request faster") or put an opposite word in
 * place of a pattern word; a small logistic model fitted on the tuning split then
 * decides from how completely and how closely together the pattern's words appear.
 */
import type { Window } from "./answer-units";
import type { CompiledMisconception } from "./rubric-compiler";
import { matchText, type TextMatch } from "./text-matcher";

/** Share of matched words with flipped negation above which the sentence denies the claim. */
const POLARITY_MISMATCH = 0.3;

export const MISCONCEPTION_FEATURES = ["coverage", "distinct", "exact", "pairs", "allTerms", "subject"] as const;

export interface MisconceptionModel {
  weights: number[];
  bias: number;
  threshold: number;
}

export interface MisconceptionCandidate {
  features: number[];
  window: Window;
  match: TextMatch;
}

export interface DetectedMisconception extends MisconceptionCandidate {
  index: number;
  probability: number;
}

/** The sentence that best states a misconception (by coverage), with its features. */
export function bestMisconceptionCandidate(m: CompiledMisconception, sentences: Window[]): MisconceptionCandidate | undefined {
  let best: MisconceptionCandidate | undefined;
  let bestScore = -1;
  for (const pattern of m.patterns) {
    if (!pattern.terms.length) continue;
    const needed = Math.min(2, pattern.terms.length);
    for (const window of sentences) {
      const match = matchText(pattern, window);
      if (match.matched < needed || match.antonym || match.reversed >= POLARITY_MISMATCH) continue;
      const score = match.coverage + match.distinct;
      if (score > bestScore) {
        bestScore = score;
        best = {
          // The first term is usually the claim's subject ("PUT updates only…"): a sentence
          // about something else ("PATCH only sends…") shares the words but not the claim.
          features: [match.coverage, match.distinct, match.exact, match.pairs, match.matched === pattern.terms.length ? 1 : 0, match.firstTerm ? 1 : 0],
          window,
          match,
        };
      }
    }
  }
  return best;
}

function probability(model: MisconceptionModel, features: number[]): number {
  const z = features.reduce((s, v, i) => s + v * (model.weights[i] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

export function detectMisconceptions(misconceptions: CompiledMisconception[], sentences: Window[], model: MisconceptionModel): DetectedMisconception[] {
  const found: DetectedMisconception[] = [];
  misconceptions.forEach((m, index) => {
    const candidate = bestMisconceptionCandidate(m, sentences);
    if (!candidate) return;
    const p = probability(model, candidate.features);
    if (p >= model.threshold) found.push({ index, probability: p, ...candidate });
  });
  return found;
}
