/**
 * Speaking insights for a practised answer, in the spirit of Google's Interview Warmup:
 * pace (words per minute), filler words, the words used most, the job-related terms
 * used (words of the question's key points heard in the transcript) and the length
 * against a target duration. Pure and browser-safe: no Node APIs, no I/O.
 */
import { stemmer } from "stemmer";

export interface SpeakingInsightsInput {
  transcript: string;
  durationSeconds: number;
  /** The question's key-point texts: their words are the job-related terms. */
  keyPoints: string[];
  /** Target answer length in seconds (default 60–120 s). */
  target?: { minSeconds: number; maxSeconds: number };
}

export interface CountedTerm {
  term: string;
  count: number;
}

export interface SpeakingInsights {
  wordCount: number;
  /** null when the duration is unknown or zero. */
  wordsPerMinute: number | null;
  pace: "slow" | "conversational" | "fast" | "unknown";
  fillers: CountedTerm[];
  fillerCount: number;
  /** Fillers per 100 words. */
  fillerRate: number;
  /** Most-used words (stop words and fillers excluded), at least twice each. */
  topWords: CountedTerm[];
  /** Key-point terms the transcript uses, in the key points' spelling. */
  jobTerms: CountedTerm[];
  length: { seconds: number; minSeconds: number; maxSeconds: number; verdict: "short" | "within" | "long" };
}

export const DEFAULT_TARGET = { minSeconds: 60, maxSeconds: 120 };
/** Conversational interview pace; below feels hesitant, above is hard to follow. */
const PACE = { slowBelow: 110, fastAbove: 170 };
const TOP_WORDS = 5;

const STOP_WORDS = new Set(
  ("a an the and or but if then than so as of at by for from in into on onto to with within via per is are was were be been being am " +
    "do does did doing done have has had having will would shall should can could may might must i me my we our us you your he she it its " +
    "they them their this that these those there here what which who whom whose when where why how all any both each few more most other " +
    "some such no nor not only own same too very just also even still yet again about above after before below between during over under up " +
    "down out off once further get gets got make makes made let lets use used uses using like e g etc thing things something way really " +
    "yeah yes ok okay well i'm it's that's don't doesn't isn't can't you're we're they're i'd i'll we'll i've")
    .split(/\s+/),
);

/** Words that say nothing about the job even when a key point uses them. */
const GENERIC = new Set(["example", "common", "usually", "often", "need", "needs", "one", "two", "every", "many", "much", "whole", "part", "kind", "means", "instead", "rather", "without", "never", "always"]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
}

/**
 * Counts fillers. "like" and "so" are also ordinary words, so they count only where
 * they fill: "so" opening a sentence or clause, "like" set off by commas or pauses
 * and not after "would/'d/look/feel/something".
 */
function countFillers(transcript: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  const text = transcript.toLowerCase().replace(/’/g, "'");
  for (const m of text.matchAll(/\b(um+|uh+|erm|basically|actually)\b/g)) add(m[1]!.startsWith("um") ? "um" : m[1]!.startsWith("uh") ? "uh" : m[1]!);
  for (const _ of text.matchAll(/\byou know\b(?!\s+(?:what|how|why|that|if|when|where|the|a|an)\b)/g)) add("you know");
  for (const _ of text.matchAll(/\bkind of\b/g)) add("kind of");
  for (const _ of text.matchAll(/(?:^|[.!?,;:]\s*)so\b(?!\s+(?:that|far|much|many)\b)/g)) add("so");
  for (const m of text.matchAll(/(^|[\s,.…])like(?=[\s,.…]|$)/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + m[1]!.length);
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2);
    const ordinary = /(would|'d|look|looks|feel|feels|something|things|seem|seems|just)\s*$/.test(before);
    const setOff = /,\s*$/.test(before) || /^\s*,/.test(after) || /(^|[.!?]\s*)$/.test(before);
    if (!ordinary && setOff) add("like");
  }
  return counts;
}

function sortCounts(counts: Map<string, number>): CountedTerm[] {
  return [...counts].map(([term, count]) => ({ term, count })).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

const stemOf = (w: string) => stemmer(w.replace(/'s$/, ""));

/** Computes the speaking insights of one transcript. */
export function computeSpeakingInsights({ transcript, durationSeconds, keyPoints, target = DEFAULT_TARGET }: SpeakingInsightsInput): SpeakingInsights {
  const all = words(transcript);
  const wordCount = all.length;
  const minutes = durationSeconds > 0 ? durationSeconds / 60 : 0;
  const wordsPerMinute = minutes > 0 ? Math.round(wordCount / minutes) : null;
  const pace = wordsPerMinute === null ? "unknown" : wordsPerMinute < PACE.slowBelow ? "slow" : wordsPerMinute > PACE.fastAbove ? "fast" : "conversational";

  const fillerCounts = countFillers(transcript);
  const fillers = sortCounts(fillerCounts);
  const fillerCount = fillers.reduce((s, f) => s + f.count, 0);
  const fillerWords = new Set(["um", "uh", "erm", "basically", "actually", "like", "so"]);

  const wordCounts = new Map<string, number>();
  for (const w of all) {
    if (STOP_WORDS.has(w) || fillerWords.has(w) || w.length < 3 || /^\d+$/.test(w)) continue;
    wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  }
  const topWords = sortCounts(wordCounts).filter((t) => t.count >= 2).slice(0, TOP_WORDS);

  // Job terms: key-point words (not stop or generic words), matched by stem.
  const termByStem = new Map<string, string>();
  for (const w of keyPoints.flatMap(words)) {
    if (STOP_WORDS.has(w) || GENERIC.has(w) || w.length < 3) continue;
    const s = stemOf(w);
    if (!termByStem.has(s)) termByStem.set(s, w);
  }
  const jobCounts = new Map<string, number>();
  for (const w of all) {
    const term = termByStem.get(stemOf(w));
    if (term) jobCounts.set(term, (jobCounts.get(term) ?? 0) + 1);
  }

  const seconds = Math.max(0, durationSeconds);
  return {
    wordCount,
    wordsPerMinute,
    pace,
    fillers,
    fillerCount,
    fillerRate: wordCount ? Math.round((fillerCount / wordCount) * 1000) / 10 : 0,
    topWords,
    jobTerms: sortCounts(jobCounts),
    length: {
      seconds,
      minSeconds: target.minSeconds,
      maxSeconds: target.maxSeconds,
      verdict: seconds < target.minSeconds ? "short" : seconds > target.maxSeconds ? "long" : "within",
    },
  };
}
