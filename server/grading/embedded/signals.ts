/**
 * Computes the signals the embedded grader's model combines for each key point:
 * how well the key point's own words and its authored phrasings are stated in the
 * best sentence (or pair of sentences), whether that statement is negated or turned
 * around, whether it is only a list of buzzwords, and how on-topic the whole answer
 * is. Each signal is one column of the logistic model (see model.ts).
 */
import { answerWindows, type Window } from "./answer-units";
import type { CompiledKeyPoint, CompiledRubric, CompiledText } from "./rubric-compiler";
import { matchText, type TextMatch } from "./text-matcher";

export const FEATURE_NAMES = [
  "kpCoverage",
  "kpExact",
  "kpPairs",
  "phrasingCoverage",
  "hasPhrasings",
  "matchedTerms",
  "negationMismatch",
  "antonym",
  "contradictedStrength",
  "listness",
  "rubricHit",
  "onTopic",
  "answerLength",
  "phrasingsHit",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface KeyPointSignals {
  features: number[];
  /** The window that best states the key point (for evidence). */
  window?: Window;
  match?: TextMatch;
  /** The best statement is negated or reversed relative to the key point. */
  contradicted: boolean;
  /** Strength of the best statement, before negation (0..1). */
  strength: number;
}

export interface AnswerAnalysis {
  windows: Window[];
  sentences: Window[];
  rubricHit: number;
  onTopic: number;
  answerLength: number;
}

const PAIR_DISCOUNT = 0.9;

export function analyseAnswer(answer: string, rubric: CompiledRubric): AnswerAnalysis {
  const { sentences, pairs } = answerWindows(answer);
  const content = sentences.flatMap((s) => s.units.filter((u) => !u.stop && u.stem.length > 1));
  const onTopicUnits = content.filter((u) => rubric.vocabulary.has(u.stem)).length;
  const allStems = new Set(content.map((u) => u.stem));
  const rubricStems = [...rubric.vocabulary].filter((s) => !rubric.titleStems.has(s));
  const kpStems = new Set(rubric.keyPoints.flatMap((k) => k.text.terms.flatMap((t) => t.stems)));
  const hits = [...kpStems].filter((s) => allStems.has(s) && !rubric.titleStems.has(s)).length;
  return {
    windows: [...sentences, ...pairs],
    sentences,
    rubricHit: Math.min(1, hits / Math.max(4, Math.min(12, rubricStems.length / 3))),
    onTopic: content.length ? onTopicUnits / content.length : 0,
    answerLength: Math.min(1, Math.log1p(content.length) / Math.log(100)),
  };
}

interface Best {
  score: number;
  match: TextMatch;
  window: Window;
  text: CompiledText;
}

function bestOver(texts: CompiledText[], windows: Window[]): Best | undefined {
  let best: Best | undefined;
  for (const text of texts) {
    if (!text.terms.length) continue;
    for (const window of windows) {
      const match = matchText(text, window);
      const score = match.coverage * (window.span > 1 ? PAIR_DISCOUNT : 1);
      if (!best || score > best.score || (score === best.score && window.end - window.start < best.window.end - best.window.start)) {
        best = { score, match, window, text };
      }
    }
  }
  return best;
}

/** A buzzword list: many separators and almost no function words. */
function listness(w: Window): number {
  if (!w.units.length) return 0;
  const stopRatio = w.units.filter((u) => u.stop).length / w.units.length;
  const sepRatio = Math.min(1, w.commas / Math.max(1, w.units.length / 2));
  return sepRatio * Math.max(0, 1 - stopRatio * 3);
}

export function keyPointSignals(kp: CompiledKeyPoint, a: AnswerAnalysis): KeyPointSignals {
  const kpBest = bestOver([kp.text], a.windows);
  const phrBest = bestOver(kp.phrasings, a.windows);
  const kpCov = kpBest?.score ?? 0;
  const phrCov = phrBest ? phrBest.score : kpCov;
  const decisive = phrBest && phrBest.score > kpCov ? phrBest : kpBest;
  const negMismatch = decisive && decisive.match.matched > 0 ? Number(decisive.match.negated !== decisive.text.negated) : 0;
  const antonym = decisive ? Number(decisive.match.antonym) : 0;
  const strength = Math.max(kpCov, phrCov);
  let phrasingsHit = 0;
  if (kp.phrasings.length) {
    for (const p of kp.phrasings) {
      if (a.windows.some((w) => w.span === 1 && matchText(p, w).coverage >= 0.6)) phrasingsHit++;
    }
  }
  const features = [
    kpCov,
    kpBest ? kpBest.match.exact : 0,
    kpBest ? kpBest.match.pairs : 0,
    phrCov,
    kp.phrasings.length ? 1 : 0,
    Math.min(1, (kpBest?.match.matched ?? 0) / 4),
    negMismatch,
    antonym,
    strength * Math.max(negMismatch, antonym),
    decisive ? listness(decisive.window) : 0,
    a.rubricHit,
    a.onTopic,
    a.answerLength,
    Math.min(1, phrasingsHit / 2),
  ];
  return {
    features,
    window: decisive?.window,
    match: decisive?.match,
    contradicted: Boolean(negMismatch || antonym),
    strength,
  };
}
