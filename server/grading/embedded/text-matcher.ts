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
  /** Weighted coverage counting synonyms (0..1). */
  coverage: number;
  /** Weighted coverage by exact stems only (0..1). */
  exact: number;
  /** Number of terms matched at all. */
  matched: number;
  /** Fraction of adjacent term pairs found within a few words of each other. */
  pairs: number;
  /** Weighted coverage of the terms that are not in the question's title (0..1). */
  distinct: number;
  /** Weighted share of matched terms whose negation differs between rubric and answer (0..1). */
  negationMismatch: number;
  /** An opposite of a term appears in the window while the term itself does not. */
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

function findTerm(w: Window, t: Term): TermHit | undefined {
  const exact = findSequence(w, t.stems);
  if (exact.length) return { strength: STRENGTH.exact, at: exact[0]!, len: t.stems.length };
  let best: TermHit | undefined;
  for (const alt of t.alternatives) {
    const s = STRENGTH[alt.source];
    if (best && best.strength >= s) continue;
    const at = findSequence(w, alt.stems);
    if (at.length) best = { strength: s, at: at[0]!, len: alt.stems.length };
  }
  return best;
}

export function matchText(c: CompiledText, w: Window): TextMatch {
  let covered = 0;
  let exact = 0;
  let matched = 0;
  let antonym = false;
  let matchedWeight = 0;
  let mismatchWeight = 0;
  let distinctCovered = 0;
  let distinctTotal = 0;
  let from = Infinity;
  let to = -1;
  const hits: (TermHit | undefined)[] = [];
  for (const t of c.terms) {
    const hit = findTerm(w, t);
    hits.push(hit);
    if (!t.inTitle) distinctTotal += t.weight;
    if (hit) {
      matched++;
      covered += t.weight * hit.strength;
      if (!t.inTitle) distinctCovered += t.weight * hit.strength;
      if (hit.strength === STRENGTH.exact) exact += t.weight;
      // Polarity is read at the first word of the hit: a phrase's own "no" ("no state")
      // is part of its meaning, not a denial of it.
      const negated = w.units[hit.at]?.negated ?? false;
      matchedWeight += t.weight;
      if (negated !== t.negated) mismatchWeight += t.weight;
      from = Math.min(from, hit.at);
      to = Math.max(to, hit.at + hit.len - 1);
    }
    if (!hit || hit.strength < STRENGTH.exact) {
      if (t.antonyms.some((a) => findSequence(w, a).length > 0)) antonym = true;
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
    exact: exact / total,
    matched,
    pairs: pairTotal ? pairHit / pairTotal : matched > 0 ? 1 : 0,
    distinct: distinctTotal ? distinctCovered / distinctTotal : covered / total,
    negationMismatch: matchedWeight ? mismatchWeight / matchedWeight : 0,
    antonym,
    firstTerm: hits[0] !== undefined,
    from: from === Infinity ? 0 : from,
    to,
  };
}
