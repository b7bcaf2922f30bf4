/**
 * Measures how much of one compiled rubric text (a key point, a phrasing, a pattern)
 * one window of the answer states: weighted term coverage with exact stems, domain
 * synonyms and WordNet synonyms counted at decreasing strength, whether the matched
 * words are negated, whether an opposite word stands where a term should be, and
 * how many adjacent term pairs appear close together (word order, roughly).
 */
import type { Window } from "./answer-units";
import type { CompiledText, Term } from "./rubric-compiler";

export interface TextMatch {
  /** Weighted coverage counting synonyms, of the terms stated with the rubric's polarity (0..1). */
  coverage: number;
  /** Weighted coverage of the terms stated at all, whatever their polarity: how much the window talks about the text (0..1). */
  stated: number;
  /** Weighted coverage by exact stems only (0..1). */
  exact: number;
  /** Number of terms matched at all. */
  matched: number;
  /** Fraction of adjacent term pairs found within a few words of each other. */
  pairs: number;
  /** Weighted coverage of the terms that are not in the question's title (0..1). */
  distinct: number;
  /** Weighted share of the stated terms said the other way round: negated, or replaced by an opposite (0..1). */
  reversed: number;
  /** An opposite of a term appears in the window where the term itself is not affirmed. */
  antonym: boolean;
  /** The text's first term is matched. */
  firstTerm: boolean;
  /** First and last unit index matched (for narrowing evidence). */
  from: number;
  to: number;
}

const STRENGTH = { exact: 1, domain: 0.9, wordnet: 0.6 } as const;
const PAIR_DISTANCE = 5;

/** Positions where `stems` occurs contiguously in the window. */
export function findSequence(w: Window, stems: string[]): number[] {
  const first = w.positions.get(stems[0]!);
  if (!first) return [];
  if (stems.length === 1) return first;
  return first.filter((p) => stems.every((s, k) => w.units[p + k]?.stem === s));
}

interface TermHit {
  strength: number;
  at: number;
  len: number;
}

/** The first occurrence of `stems` that uses no word already taken by another term. */
function firstFree(w: Window, stems: string[], used: Set<number>): number | undefined {
  return findSequence(w, stems).find((p) => stems.every((_, k) => !used.has(p + k)));
}

/**
 * Finds a term in the window. Each answer word can stand for one rubric term only, so
 * "writes" cannot satisfy "write", "insert" and "update" at once through synonyms;
 * exact words are aligned first (see matchText), synonyms take what is left.
 */
function findTerm(w: Window, t: Term, used: Set<number>, exactOnly: boolean): TermHit | undefined {
  const exact = firstFree(w, t.stems, used);
  if (exact !== undefined) return { strength: STRENGTH.exact, at: exact, len: t.stems.length };
  if (exactOnly) return undefined;
  let best: TermHit | undefined;
  for (const alt of t.alternatives) {
    const s = STRENGTH[alt.source];
    if (best && best.strength >= s) continue;
    const at = firstFree(w, alt.stems, used);
    if (at !== undefined) best = { strength: s, at, len: alt.stems.length };
  }
  return best;
}

export function matchText(c: CompiledText, w: Window): TextMatch {
  let covered = 0;
  let exact = 0;
  let matched = 0;
  let antonym = false;
  let statedWeight = 0;
  let statedCovered = 0;
  let reversedWeight = 0;
  let distinctCovered = 0;
  let distinctTotal = 0;
  let from = Infinity;
  let to = -1;
  const hits: (TermHit | undefined)[] = [];
  const used = new Set<number>();
  const found = new Map<Term, TermHit>();
  for (const exactOnly of [true, false]) {
    for (const t of c.terms) {
      if (found.has(t)) continue;
      const hit = findTerm(w, t, used, exactOnly);
      if (!hit) continue;
      found.set(t, hit);
      for (let k = 0; k < hit.len; k++) used.add(hit.at + k);
    }
  }
  for (const t of c.terms) {
    const hit = found.get(t);
    if (!t.inTitle) distinctTotal += t.weight;
    // Polarity is read at the first word of the hit: a phrase's own "no" ("no state")
    // is part of its meaning, not a denial of it.
    const agrees = hit !== undefined && (w.units[hit.at]?.negated ?? false) === t.negated;
    // An opposite word counts only where the term itself is not affirmed: "reduces
    // latency and increases throughput" does not reverse "reduces".
    const opposite = !agrees && t.antonyms.some((a) => findSequence(w, a).length > 0);
    if (hit || opposite) {
      statedWeight += t.weight;
      statedCovered += t.weight * (hit ? hit.strength : STRENGTH.domain);
    }
    if ((hit && !agrees) || opposite) reversedWeight += t.weight;
    if (opposite) antonym = true;
    hits.push(agrees ? hit : undefined);
    if (hit && agrees) {
      matched++;
      covered += t.weight * hit.strength;
      if (!t.inTitle) distinctCovered += t.weight * hit.strength;
      if (hit.strength === STRENGTH.exact) exact += t.weight;
    }
    if (hit) {
      from = Math.min(from, hit.at);
      to = Math.max(to, hit.at + hit.len - 1);
    }
  }
  let pairTotal = 0;
  let pairHit = 0;
  for (let i = 0; i + 1 < hits.length; i++) {
    pairTotal++;
    const a = hits[i];
    const b = hits[i + 1];
    if (a && b && Math.abs(a.at - b.at) <= PAIR_DISTANCE) pairHit++;
  }
  const total = c.totalWeight || 1;
  return {
    coverage: covered / total,
    stated: statedCovered / total,
    exact: exact / total,
    matched,
    pairs: pairTotal ? pairHit / pairTotal : matched > 0 ? 1 : 0,
    distinct: distinctTotal ? distinctCovered / distinctTotal : covered / total,
    reversed: statedWeight ? reversedWeight / statedWeight : 0,
    antonym,
    firstTerm: hits[0] !== undefined,
    from: from === Infinity ? 0 : from,
    to,
  };
}
