/**
 * Finds the question's misconceptions in an answer. For each misconception the sentence
 * that best states one of its patterns (or its claim) is found, skipping sentences that
 * deny it ("caching does not make every request faster"), put an opposite word in
 * place of a pattern word, or swap its parties (which states the correct version); a
 * small logistic model fitted on the tuning split then decides from how completely and
 * how closely together the pattern's words appear, whether the sentence sweeps ("alone
 * is enough"), and how much of the correction the answer states elsewhere.
 */
import type { Window } from "./answer-units";
import type { CompiledMisconception, CompiledText } from "./rubric-compiler";
import { matchText, type TextMatch } from "./text-matcher";

/** Share of matched words with flipped negation above which the sentence denies the claim. */
const POLARITY_MISMATCH = 0.3;

export const MISCONCEPTION_FEATURES = ["coverage", "distinct", "exact", "pairs", "allTerms", "subject", "correction", "sweeping"] as const;

// Stems of the words of a sweeping claim: most misconceptions overgeneralise ("backoff
// alone is enough", "works on any table", "you never need…", "it doesn't really
// matter"), and are said with confidence ("honestly", "basically").
const SWEEPING = new Set(["alon", "enough", "just", "ani", "whatev", "never", "alwai", "everi", "all", "noth", "anyth", "imposs", "onli", "matter", "need", "complet", "fulli", "entir", "automat", "guarante", "simpli", "realli", "honest", "basic"]);

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

/**
 * The pattern's reading of the window, or undefined when the window does not state it:
 * fewer than two of its terms, an opposite in place of one, swapped parties, or its
 * words denied.
 */
export function patternStatement(pattern: CompiledText, window: Window): TextMatch | undefined {
  const match = matchText(pattern, window);
  const needed = Math.min(2, pattern.terms.length);
  if (match.matched < needed || match.antonym || match.swapped || match.reversed >= POLARITY_MISMATCH) return undefined;
  return match;
}

/** The sentence that best states a misconception (by coverage), with its features. */
export function bestMisconceptionCandidate(m: CompiledMisconception, sentences: Window[]): MisconceptionCandidate | undefined {
  let best: MisconceptionCandidate | undefined;
  let bestScore = -1;
  for (const pattern of m.patterns) {
    if (!pattern.terms.length) continue;
    for (const window of sentences) {
      const match = patternStatement(pattern, window);
      if (!match) continue;
      const score = match.coverage + match.distinct;
      if (score > bestScore) {
        bestScore = score;
        best = {
          // The first term is usually the claim's subject ("PUT updates only…"): a sentence
          // about something else ("PATCH only sends…") shares the words but not the claim.
          features: [
            match.coverage,
            match.distinct,
            match.exact,
            match.pairs,
            match.matched === pattern.terms.length ? 1 : 0,
            match.firstTerm ? 1 : 0,
            0, // correction: filled in below, once per misconception
            window.units.some((u) => SWEEPING.has(u.stem)) ? 1 : 0,
          ],
          window,
          match,
        };
      }
    }
  }
  // An answer that states the correction anywhere is unlikely to hold the claim.
  if (best) best.features[MISCONCEPTION_FEATURES.indexOf("correction")] = Math.max(0, ...sentences.map((w) => matchText(m.correctionText, w).coverage));
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
