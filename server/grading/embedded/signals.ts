/**
 * Computes the signals the embedded grader's model combines for each key point:
 * how well the key point's own words and its authored phrasings are stated in the
 * best sentence (or pair of sentences), whether that statement is negated or turned
 * around, whether it is only a list of buzzwords, and how on-topic the whole answer
 * is. Each signal is one column of the logistic model (see model.ts).
 */
import { answerWindows, positionsOf, type Window } from "./answer-units";
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
  "poolEvidence",
  "wholeAnswerCoverage",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface KeyPointSignals {
  features: number[];
  /** The window that best states the key point (for evidence). */
  window?: Window;
  match?: TextMatch;
  /**
   * The features the denying statement would have had, had it not been reversed: when
   * the model would have credited those, the answer contradicts the point.
   */
  deniedAsAffirmed?: number[];
}

export interface AnswerAnalysis {
  /** The whole answer as one window, for ideas spread over several sentences. */
  whole: Window;
  windows: Window[];
  sentences: Window[];
  rubricHit: number;
  onTopic: number;
  answerLength: number;
}

const PAIR_DISCOUNT = 0.9;
/** Listness at or above which a window is a buzzword list rather than a statement. */
const LIST_GATE = 0.75;
/** Pool evidence (sum of distinctive word weights) at which a statement counts as fully evidenced. */
const POOL_SATURATION = 3;

export function analyseAnswer(answer: string, rubric: CompiledRubric): AnswerAnalysis {
  const { sentences, pairs } = answerWindows(answer);
  const content = sentences.flatMap((s) => s.units.filter((u) => !u.stop && u.stem.length > 1));
  const onTopicUnits = content.filter((u) => rubric.vocabulary.has(u.stem)).length;
  const allStems = new Set(content.map((u) => u.stem));
  const rubricStems = [...rubric.vocabulary].filter((s) => !rubric.titleStems.has(s));
  const kpStems = new Set(rubric.keyPoints.flatMap((k) => k.text.terms.flatMap((t) => t.stems)));
  const hits = [...kpStems].filter((s) => allStems.has(s) && !rubric.titleStems.has(s)).length;
  const wholeUnits = sentences.flatMap((s) => s.units);
  const whole = { ...(sentences[0] ?? { start: 0, end: 0, commas: 0, span: 1 }), units: wholeUnits, positions: positionsOf(wholeUnits), span: 3, end: answer.length };
  return {
    whole,
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

/** Share of a statement's words said the other way round at which it denies the text rather than states it. */
export const REVERSED_SHARE = 0.34;

/** A statement denies the text when a third or more of its words are negated the other way, or replaced by opposites. */
export function isContradiction(m: TextMatch): boolean {
  return m.reversed >= REVERSED_SHARE;
}

/**
 * The window that best states one of `texts`, and separately the best window that
 * states it negated or reversed: a denied statement can never earn the point, but it
 * is what a contradiction is reported from.
 */
function bestOver(texts: CompiledText[], windows: Window[]): { affirmed?: Best; denied?: Best } {
  let affirmed: Best | undefined;
  let denied: Best | undefined;
  for (const text of texts) {
    if (!text.terms.length) continue;
    for (const window of windows) {
      const match = matchText(text, window);
      if (match.stated === 0) continue;
      const discount = window.span > 1 ? PAIR_DISCOUNT : 1;
      // A bare list of terms names ideas without stating them: it can never earn a point.
      if (listness(window) >= LIST_GATE) continue;
      if (isContradiction(match)) {
        // A denial is as strong as the words it shares with the text, whichever way round.
        const candidate = { score: match.stated * discount, match, window, text };
        if (!denied || candidate.score > denied.score) denied = candidate;
      } else {
        const score = match.coverage * discount;
        const candidate = { score, match, window, text };
        if (!affirmed || score > affirmed.score || (score === affirmed.score && window.end - window.start < affirmed.window.end - affirmed.window.start)) {
          affirmed = candidate;
        }
      }
    }
  }
  return { affirmed, denied };
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
  const kpAff = kpBest.affirmed;
  const kpCov = kpAff?.score ?? 0;
  const phrCov = kp.phrasings.length ? (phrBest.affirmed?.score ?? 0) : kpCov;
  const decisive = phrBest.affirmed && phrBest.affirmed.score > kpCov ? phrBest.affirmed : kpAff;
  const strength = Math.max(kpCov, phrCov);
  const deniedCandidates = [kpBest.denied, phrBest.denied].filter((d): d is Best => Boolean(d));
  const denied = deniedCandidates.sort((x, y) => y.score - x.score)[0];
  // A denial only counts when it is a stronger statement of the point than any affirmation.
  const deniedStrength = denied && denied.score > strength ? denied.score : 0;
  let poolEvidence = 0;
  for (const w of a.windows) {
    const seen = new Set<string>();
    let sum = 0;
    for (const u of w.units) {
      const weight = kp.pool.get(u.stem);
      if (weight !== undefined && !u.negated && !seen.has(u.stem)) {
        seen.add(u.stem);
        sum += weight;
      }
    }
    poolEvidence = Math.max(poolEvidence, sum * (w.span > 1 ? PAIR_DISCOUNT : 1));
  }
  let phrasingsHit = 0;
  for (const p of kp.phrasings) {
    if (a.sentences.some((w) => {
      const m = matchText(p, w);
      return m.coverage >= 0.6 && !isContradiction(m);
    })) phrasingsHit++;
  }
  const features = [
    kpCov,
    kpAff ? kpAff.match.exact : 0,
    kpAff ? kpAff.match.pairs : 0,
    phrCov,
    kp.phrasings.length ? 1 : 0,
    Math.min(1, (kpAff?.match.matched ?? 0) / 4),
    denied ? denied.match.reversed : 0,
    denied?.match.antonym ? 1 : 0,
    deniedStrength,
    decisive ? listness(decisive.window) : 0,
    a.rubricHit,
    a.onTopic,
    a.answerLength,
    Math.min(1, phrasingsHit / 2),
    Math.min(1, poolEvidence / POOL_SATURATION),
    Math.max(0, ...[kp.text, ...kp.phrasings].map((t) => {
      const m = matchText(t, a.whole);
      return isContradiction(m) ? 0 : m.coverage;
    })),
  ];
  let deniedAsAffirmed: number[] | undefined;
  if (denied && deniedStrength > 0) {
    deniedAsAffirmed = [...features];
    const at = (name: FeatureName) => FEATURE_NAMES.indexOf(name);
    deniedAsAffirmed[at("kpCoverage")] = Math.max(kpCov, denied.score);
    deniedAsAffirmed[at("kpExact")] = Math.max(features[at("kpExact")]!, denied.match.exact);
    deniedAsAffirmed[at("phrasingCoverage")] = Math.max(phrCov, denied.score);
    deniedAsAffirmed[at("wholeAnswerCoverage")] = Math.max(features[at("wholeAnswerCoverage")]!, denied.score);
    for (const name of ["negationMismatch", "antonym", "contradictedStrength"] as const) deniedAsAffirmed[at(name)] = 0;
  }
  const shown = deniedStrength > 0 ? denied : decisive;
  return {
    features,
    window: shown?.window,
    match: shown?.match,
    deniedAsAffirmed,
  };
}
