/**
 * Compiles a question's rubric (key points, phrasings, misconception patterns) into
 * weighted terms with their alternatives and opposites, once per rubric: WordNet and
 * the lexicon are consulted here, never per answer. Term weights come from an IDF
 * table fitted on the question bank (common words like "data" weigh little) and are
 * halved for words of the question's title, which every on-topic answer repeats.
 */
import type { GradeInput } from "../grade-schema";
import { domainPhraseLengths, isDomainPhrase, lexiconFor, type Alternative } from "../lexicon/term-lexicon";
import { answerWindows, textWindow, type Unit, type Window } from "./answer-units";
import { patternStatement } from "./misconception-detector";
import idfTable from "./idf.json";

export interface Term {
  stems: string[];
  weight: number;
  /** The term is denied in the rubric text itself ("threads don't run in parallel"). */
  negated: boolean;
  /**
   * The text uses the term both ways ("producer and consumer: the producer does not
   * wait for the consumer"), so either polarity in an answer agrees with it.
   */
  eitherPolarity: boolean;
  /** The term repeats the question's title, so every on-topic answer says it. */
  inTitle: boolean;
  alternatives: Alternative[];
  antonyms: string[][];
  /** What the term's role could be swapped with: the other party of a role pair (ROLE_PAIRS). */
  counterparts: string[][];
}

export interface CompiledText {
  text: string;
  terms: Term[];
  /** The text states a negation itself ("the server keeps no session"). */
  negated: boolean;
  totalWeight: number;
}

export interface CompiledKeyPoint {
  weight: number;
  text: CompiledText;
  phrasings: CompiledText[];
  /**
   * Every single-word stem the key point and its phrasings use (and their domain
   * synonyms), weighted by IDF and divided by how many key points of the question
   * share it: words that tell this point apart from the others weigh most.
   */
  pool: Map<string, number>;
}

export interface CompiledMisconception {
  claim: string;
  correction: string;
  patterns: CompiledText[];
  /** The correction compiled like a pattern: an answer that states it is unlikely to hold the claim. */
  correctionText: CompiledText;
}

export interface CompiledRubric {
  keyPoints: CompiledKeyPoint[];
  misconceptions: CompiledMisconception[];
  /** Every stem a rubric term or alternative could match: the question's vocabulary. */
  vocabulary: Set<string>;
  titleStems: Set<string>;
}

const IDF = idfTable as { default: number; max: number; idf: Record<string, number> };

/** Weight of a stem: its IDF scaled to 0.25..1 (unknown stems are treated as rare). */
function idfWeight(stem: string): number {
  const v = IDF.idf[stem] ?? IDF.default;
  return Math.max(0.25, Math.min(1, v / IDF.max));
}

function isContent(u: Unit): boolean {
  return !u.stop && (u.stem.length > 1 || /\d/.test(u.stem));
}

/** Splits a text into terms: multi-word domain phrases first ("time to live"), then single content words. */
export function compileText(text: string, titleStems: Set<string>): CompiledText {
  const window = textWindow(text);
  const units = window.units;
  const surface = (u: Unit) => text.slice(u.start, u.end).toLowerCase();
  const terms: Term[] = [];
  const seen = new Map<string, Term>();
  for (let i = 0; i < units.length; ) {
    let taken = 0;
    for (const len of domainPhraseLengths()) {
      const slice = units.slice(i, i + len);
      if (slice.length === len && isDomainPhrase(slice.map((u) => u.stem))) {
        taken = len;
        break;
      }
    }
    const slice = taken ? units.slice(i, i + taken) : [units[i]!];
    const unit = slice[0]!;
    if (taken || isContent(unit)) {
      const stems = slice.map((u) => u.stem);
      const key = stems.join(" ");
      const earlier = seen.get(key);
      if (earlier) {
        if (earlier.negated !== unit.negated) earlier.eitherPolarity = true;
      } else {
        const contentStems = stems.filter((s, k) => isContent(slice[k]!));
        const base = contentStems.length ? Math.max(...contentStems.map(idfWeight)) : 0.5;
        const inTitle = contentStems.length > 0 && contentStems.every((s) => titleStems.has(s));
        const lex = lexiconFor(stems, taken ? "" : surface(unit));
        const negated = unit.negated;
        // A harm the rubric says an action averts ("…so slow clients don't block others")
        // is named, not denied: the answer may say it either way.
        const term: Term = { stems, weight: inTitle ? base * 0.5 : base, negated, eitherPolarity: unit.neutral ?? false, inTitle, ...lex };
        seen.set(key, term);
        terms.push(term);
      }
    }
    i += taken || 1;
  }
  const negated = units.some((u) => u.cue);
  return { text, terms, negated, totalWeight: terms.reduce((s, t) => s + t.weight, 0) };
}

/** Coverage at which a right answer (the model answer, a key point) states a misconception pattern. */
const STATED_BY_RIGHT_ANSWER = 0.9;

/** The model answer's sentences, and each pair of adjacent sentences. */
function claimWindowsOf(text: string): Window[] {
  const { sentences, pairs } = answerWindows(text);
  return [...sentences, ...pairs];
}

/**
 * A misconception pattern that the question's own model answer or key points state
 * ("goroutines are OS threads" in "the runtime multiplexes goroutines onto OS threads")
 * shares its words with the right answer: it would accuse correct answers, so it is not
 * matched.
 */
function statedBy(pattern: CompiledText, rightAnswers: Window[]): boolean {
  return rightAnswers.some((w) => (patternStatement(pattern, w)?.coverage ?? 0) >= STATED_BY_RIGHT_ANSWER);
}

/**
 * The claims and patterns of the question's misconceptions that the grader ignores because
 * the model answer or a key point states them, with what to tell their author: `content
 * check` and the in-app editor both show it.
 */
export function ignoredMisconceptionPatterns(question: GradeInput["question"]): { misconception: number; text: string; message: string }[] {
  const rubric = compileRubric(question);
  return (question.misconceptions ?? []).flatMap((m, i) => {
    const kept = new Set(rubric.misconceptions[i]!.patterns.map((p) => p.text));
    return [m.claim, ...m.patterns]
      .filter((text) => !kept.has(text))
      .map((text) => ({
        misconception: i,
        text,
        message: `The grader ignores "${text}": its words match the model answer or a key point, so it would flag correct answers too. Write what only a wrong answer would say.`,
      }));
  });
}

const rubricCache = new Map<string, CompiledRubric>();

/** Compiles (or returns the cached compilation of) the question's rubric. */
export function compileRubric(question: GradeInput["question"]): CompiledRubric {
  const key = JSON.stringify(question);
  const hit = rubricCache.get(key);
  if (hit) return hit;
  const titleStems = new Set(textWindow(question.title).units.filter(isContent).map((u) => u.stem));
  const keyPoints = question.keyPoints.map((kp) => ({
    weight: kp.weight ?? 1,
    text: compileText(kp.text, titleStems),
    phrasings: (kp.phrasings ?? []).map((p) => compileText(p, titleStems)),
  }));
  const pools = keyPoints.map((kp) => {
    const pool = new Map<string, number>();
    for (const t of [kp.text, ...kp.phrasings].flatMap((c) => c.terms)) {
      if (t.inTitle) continue;
      if (t.stems.length === 1) pool.set(t.stems[0]!, Math.max(pool.get(t.stems[0]!) ?? 0, t.weight));
      for (const a of t.alternatives) {
        if (a.source === "domain" && a.stems.length === 1 && !titleStems.has(a.stems[0]!)) {
          pool.set(a.stems[0]!, Math.max(pool.get(a.stems[0]!) ?? 0, t.weight * 0.8));
        }
      }
    }
    return pool;
  });
  const shared = new Map<string, number>();
  for (const pool of pools) for (const stem of pool.keys()) shared.set(stem, (shared.get(stem) ?? 0) + 1);
  pools.forEach((pool) => {
    for (const [stem, w] of pool) pool.set(stem, w / (shared.get(stem) ?? 1));
  });
  const compiledKeyPoints: CompiledKeyPoint[] = keyPoints.map((kp, i) => ({ ...kp, pool: pools[i]! }));
  const rightAnswers = [
    ...(question.modelAnswer ? claimWindowsOf(question.modelAnswer) : []),
    ...question.keyPoints.flatMap((k) => [k.text, ...(k.phrasings ?? [])].map(textWindow)),
  ];
  const misconceptions = (question.misconceptions ?? []).map((m) => ({
    claim: m.claim,
    correction: m.correction,
    patterns: [m.claim, ...m.patterns].map((p) => compileText(p, titleStems)).filter((p) => !statedBy(p, rightAnswers)),
    correctionText: compileText(m.correction, titleStems),
  }));
  const vocabulary = new Set<string>(titleStems);
  for (const kp of keyPoints) {
    for (const t of [kp.text, ...kp.phrasings].flatMap((c) => c.terms)) {
      for (const s of t.stems) vocabulary.add(s);
      for (const a of t.alternatives) if (a.source === "domain" && a.stems.length === 1) vocabulary.add(a.stems[0]!);
    }
  }
  const rubric = { keyPoints: compiledKeyPoints, misconceptions, vocabulary, titleStems };
  if (rubricCache.size > 500) rubricCache.clear();
  rubricCache.set(key, rubric);
  return rubric;
}
