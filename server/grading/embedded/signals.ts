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
  /**
   * Where claims are looked for: each sentence, and a sentence together with the one
   * before it when it opens with a pronoun ("Optimistic takes no lock. So it's always
   * faster"): the claim's subject is in the previous sentence.
   */
  claimWindows: Window[];
  rubricHit: number;
  onTopic: number;
  answerLength: number;
}

const PAIR_DISCOUNT = 0.9;
/** What a statement found in a window is worth: a pair of sentences states an idea a little less directly than one. */
const windowDiscount = (w: Window) => (w.span > 1 ? PAIR_DISCOUNT : 1);
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
  return {
    whole: joinWindows(sentences),
    windows: [...sentences, ...pairs],
    sentences,
    claimWindows: [...sentences, ...pairs.filter((_, i) => opensWithPronoun(sentences[i + 1]!)), ...dashedSentences(answer, sentences)],
    rubricHit: Math.min(1, hits / Math.max(4, Math.min(12, rubricStems.length / 3))),
    onTopic: content.length ? onTopicUnits / content.length : 0,
    answerLength: Math.min(1, Math.log1p(content.length) / Math.log(100)),
  };
}

/**
 * Sentences whose parts are cut by dashes ("the fix is backoff — wait 1s, 2s, 4s — and
 * that alone stops a storm"), read whole: the claim often spans the aside.
 */
function dashedSentences(answer: string, sentences: Window[]): Window[] {
  const out: Window[] = [];
  let run: Window[] = [];
  const flush = () => {
    if (run.length > 1) out.push({ ...joinWindows(run), span: 1 });
    run = [];
  };
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (prev && /\s[–—]\s/.test(answer.slice(prev.end, s.start))) run.push(s);
    else {
      flush();
      run = [s];
    }
  });
  flush();
  return out;
}

/** Sentences read as one window, for ideas spread over several of them. */
function joinWindows(sentences: Window[]): Window {
  const units = sentences.flatMap((s) => s.units);
  return { start: sentences[0]?.start ?? 0, end: sentences.at(-1)?.end ?? 0, units, positions: positionsOf(units), span: 3, listness: 0 };
}

const PRONOUNS = new Set(["it", "thei", "thi", "that", "these", "those", "they'r", "he", "she", "them"]);
const PRONOUN_REACH = 4;

function opensWithPronoun(sentence: Window): boolean {
  return sentence.units.slice(0, PRONOUN_REACH).some((u) => PRONOUNS.has(u.stem));
}

interface Best {
  score: number;
  match: TextMatch;
  window: Window;
  text: CompiledText;
}

/** Share of a statement's words said the other way round at which it denies the text rather than states it. */
export const REVERSED_SHARE = 0.2;
/**
 * Share of the text a statement must state for one opposite word in it ("caching
 * increases latency") to turn it into a denial: the predicate carries the claim,
 * however many of the nouns agree.
 */
export const ANTONYM_STATED = 0.5;

/**
 * A statement denies the text when a fifth or more of its stated words are said the other
 * way round (negated, or replaced by opposites), or when it puts an opposite in place of
 * a term while stating half of the text.
 */
export function isContradiction(m: TextMatch): boolean {
  return m.reversed >= REVERSED_SHARE || (m.antonym && m.stated >= ANTONYM_STATED) || m.swapped;
}

/** Every text of a key point matched against every window, computed once per answer. */
type MatchTable = Map<CompiledText, TextMatch[]>;

/**
 * Windows where any text of the key point has its roles swapped: a phrasing that names
 * only one party ("the scheduler places pods by requests") cannot see what the key
 * point's own text sees ("limits are what the scheduler reserves" swaps requests and
 * limits), so one swapped reading denies the whole window.
 */
function swappedWindows(table: MatchTable, windows: Window[]): boolean[] {
  const readings = [...table.values()];
  return windows.map((_, i) => readings.some((ms) => ms[i]!.swapped));
}

/**
 * For each phrasing, the windows where its reading only repeats words that the key
 * point's own text reads there as a denial. A phrasing is a partial statement ("retry
 * storm", "the pinned instance dies during a deploy"): it cannot see the predicate that
 * the key point's text sees denied ("a retry storm can't really keep a dependency
 * overloaded", "…the in-memory state is kept"), so the fuller reading decides.
 */
function phrasingsInsideDenials(kp: CompiledKeyPoint, table: MatchTable): Map<CompiledText, boolean[]> {
  const own = table.get(kp.text)!;
  const inside = (match: TextMatch, i: number) => {
    if (!isContradiction(own[i]!) || match.said.size === 0) return false;
    for (const at of match.said) if (!own[i]!.said.has(at)) return false;
    return true;
  };
  return new Map(kp.phrasings.map((p) => [p, table.get(p)!.map(inside)]));
}

/**
 * The window that best states one of `texts`, and separately the best window that
 * states it negated or reversed: a denied statement can never earn the point, but it
 * is what a contradiction is reported from.
 */
function bestOver(texts: CompiledText[], windows: Window[], table: MatchTable, swapped: boolean[], insideDenial: Map<CompiledText, boolean[]>): { affirmed?: Best; denied?: Best } {
  let affirmed: Best | undefined;
  let denied: Best | undefined;
  for (const text of texts) {
    if (!text.terms.length) continue;
    windows.forEach((window, i) => {
      const match = table.get(text)![i]!;
      if (match.stated === 0) return;
      // A one-term phrasing ("fire and forget") met by a synonym ("later") is a word, not the idea.
      if (text.terms.length === 1 && match.exact === 0) return;
      const discount = windowDiscount(window);
      // A bare list of terms names ideas without stating them: it can never earn a point.
      if (window.listness >= LIST_GATE) return;
      if (isContradiction(match) || swapped[i] || insideDenial.get(text)?.[i]) {
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
    });
  }
  return { affirmed, denied };
}

/** Weight of the key point's distinctive words the window says (affirmed, unless polarity is ignored). */
function poolSum(kp: CompiledKeyPoint, w: Window, { ignorePolarity = false } = {}): number {
  const seen = new Set<string>();
  let sum = 0;
  for (const u of w.units) {
    const weight = kp.pool.get(u.stem);
    if (weight !== undefined && (ignorePolarity || !u.negated) && !seen.has(u.stem)) {
      seen.add(u.stem);
      sum += weight;
    }
  }
  return sum * windowDiscount(w);
}

/**
 * A denial read from two negations of the same words, one in the text and one in the
 * answer ("never rebase commits others have pulled" against "don't rebase anything
 * others have pulled"): where each scope ends decides the reading, and scopes that end a
 * word apart turn agreement into denial. Such a reading is not reported as a
 * contradiction. A denial whose negations are about different words ("rebasing a shared
 * branch others pulled is fine, nobody depends on it"), an opposite word or swapped roles
 * still are.
 */
function isAmbiguousDenial(d: Best): boolean {
  return d.text.negated && !d.match.antonym && !d.match.swapped && d.match.bothDenied > 0;
}

export function keyPointSignals(kp: CompiledKeyPoint, a: AnswerAnalysis): KeyPointSignals {
  const table: MatchTable = new Map([kp.text, ...kp.phrasings].map((t) => [t, a.windows.map((w) => matchText(t, w))]));
  const swapped = swappedWindows(table, a.windows);
  const insideDenial = phrasingsInsideDenials(kp, table);
  const kpBest = bestOver([kp.text], a.windows, table, swapped, insideDenial);
  const phrBest = bestOver(kp.phrasings, a.windows, table, swapped, insideDenial);
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
  a.windows.forEach((w, i) => {
    if (!swapped[i]) poolEvidence = Math.max(poolEvidence, poolSum(kp, w));
  });
  // The answer without its sentences that swap the point's roles: their words are the
  // point's words, but they say something else. Sentences are the first windows, so
  // their matches are already in the table.
  const kept = a.sentences.map((_, i) => i).filter((i) => !swapped[i]);
  let phrasingsHit = 0;
  for (const p of kp.phrasings) {
    const matches = table.get(p)!;
    if (kept.some((i) => matches[i]!.coverage >= 0.6 && !isContradiction(matches[i]!) && !insideDenial.get(p)![i])) phrasingsHit++;
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
    decisive ? decisive.window.listness : 0,
    a.rubricHit,
    a.answerLength,
    Math.min(1, phrasingsHit / 2),
    Math.min(1, poolEvidence / POOL_SATURATION),
    Math.max(0, ...[kp.text, ...kp.phrasings].map((t) => {
      // A phrasing is read over the sentences where it is not part of a denial of the point.
      const own = kept.filter((i) => !insideDenial.get(t)?.[i]);
      const m = matchText(t, own.length === a.sentences.length ? a.whole : joinWindows(own.map((i) => a.sentences[i]!)));
      return isContradiction(m) ? 0 : m.coverage;
    })),
  ];
  let deniedAsAffirmed: number[] | undefined;
  if (denied && deniedStrength > 0 && !isAmbiguousDenial(denied)) {
    // The denial measured as if it had been affirmed: the same words, the rubric's way round.
    const twin = matchText(denied.text, denied.window, { ignorePolarity: true });
    const discount = windowDiscount(denied.window);
    const mirrored = [...features];
    const at = (name: FeatureName) => FEATURE_NAMES.indexOf(name);
    const raise = (name: FeatureName, value: number) => (mirrored[at(name)] = Math.max(features[at(name)]!, value));
    raise("kpCoverage", denied.text === kp.text ? twin.coverage * discount : denied.score);
    raise("kpExact", twin.exact);
    raise("kpPairs", twin.pairs);
    raise("phrasingCoverage", twin.coverage * discount);
    raise("matchedTerms", Math.min(1, twin.matched / 4));
    raise("poolEvidence", Math.min(1, poolSum(kp, denied.window, { ignorePolarity: true }) / POOL_SATURATION));
    raise("wholeAnswerCoverage", twin.coverage * discount);
    for (const name of ["negationMismatch", "antonym", "contradictedStrength"] as const) mirrored[at(name)] = 0;
    deniedAsAffirmed = mirrored;
  }
  const shown = deniedStrength > 0 ? denied : decisive;
  return {
    features,
    window: shown?.window,
    match: shown?.match,
    deniedAsAffirmed,
  };
}
