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
  /** The window gives the text's roles to the other party: "limits are what the scheduler reserves" for "requests are…" (see rolesSwapped). */
  swapped: boolean;
  /** The text's first term is matched. */
  firstTerm: boolean;
  /** First and last unit index matched (for narrowing evidence). */
  from: number;
  to: number;
  /** Unit indexes of every term found, whichever way round, and of every opposite standing against one. */
  said: Set<number>;
  /** Terms the text denies that the window denies too: both negations are about the same words. */
  bothDenied: number;
  /** Unit indexes of the words said the other way round (negated, or opposites): where a denial is. */
  reversedAt: Set<number>;
}

const STRENGTH = { exact: 1, domain: 0.9, wordnet: 0.6 } as const;
const PAIR_DISTANCE = 5;
/** Words between an opposite and another term of the statement for it to reverse that statement. */
const OPPOSITE_DISTANCE = 4;

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
  /** Found as a denied opposite ("doesn't increase" for "reduce"): polarity reads the other way. */
  viaOpposite?: boolean;
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
function findTerm(w: Window, t: Term, used: Set<number>, exactOnly: boolean, ignorePolarity: boolean): TermHit | undefined {
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
  if (best || t.eitherPolarity) return best;
  // A denied opposite states the term: "won't increase latency" says "keeps latency down".
  // Ignoring polarity, any opposite stands for the term: "increases latency" is about it.
  for (const a of t.antonyms) {
    const at = findSequence(w, a).find((p) => a.every((_, k) => !used.has(p + k)) && (ignorePolarity || (w.units[p]?.negated ?? false) !== t.negated));
    if (at !== undefined) return { strength: STRENGTH.domain, at, len: a.length, viaOpposite: true };
  }
  return undefined;
}

/**
 * An opposite word stands against a term only when it is said with the term's own
 * polarity ("doesn't increase latency" agrees with "reduces latency"), is not a word
 * another term of the text already took ("stateless … session state" names both
 * sides), and sits near the other words of the statement, not in another idea.
 */
function isOppositeAt(w: Window, at: number, len: number, t: Term, used: Set<number>, found: Map<Term, TermHit>): boolean {
  if (t.eitherPolarity) return false;
  for (let k = 0; k < len; k++) if (used.has(at + k)) return false;
  if ((w.units[at]?.negated ?? false) !== t.negated) return false;
  for (const [other, hit] of found) if (other !== t && Math.abs(hit.at - at) <= OPPOSITE_DISTANCE) return true;
  return found.size === 0;
}

/** Words an attribution is decided on, at least, before roles count as swapped. */
const MIN_SWAPPED_WORDS = 2;
/** Share of the text a window must state before its roles are compared: a few shared words are not a statement of it. */
const SWAP_STATED = 0.5;
/** How far after naming a party a word is still about it. */
const ROLE_REACH = 6;

interface Party {
  term: Term;
  /** The position names the term's counterpart, not the term. */
  other: boolean;
}

/**
 * Whether the window hands the text's roles to the other party of a pair. In the text,
 * each word belongs to the party named last before it ("requests are what the
 * scheduler reserves; limits are enforced caps": "scheduler" is about requests,
 * "enforced" about limits); in the window, to the party or counterpart named last
 * before it. Roles are swapped when the words given to a counterpart outweigh those
 * given to their own party: "limits are what the scheduler reserves, requests are the
 * caps enforced at runtime". Clause order does not matter ("limits are enforced at
 * runtime, while requests are what the scheduler reserves" keeps every role).
 */
function rolesSwapped(c: CompiledText, w: Window, found: Map<Term, TermHit>): boolean {
  // A term is a party only when its counterpart is named too ("requests" is just a word
  // in "refuses requests" unless limits come up).
  const counterpartsAt = new Map<Term, number[]>();
  for (const t of c.terms) {
    const at = found.has(t) ? t.counterparts.flatMap((cp) => findSequence(w, cp)) : [];
    if (at.length) counterpartsAt.set(t, at);
  }
  const parties = [...counterpartsAt.keys()];
  if (!parties.length) return false;
  const named = new Map<number, Party>();
  for (const t of parties) named.set(found.get(t)!.at, { term: t, other: false });
  for (const [t, at] of counterpartsAt) for (const p of at) if (!named.has(p)) named.set(p, { term: t, other: true });
  const isCounterpart = (a: Term, b: Term) => a.counterparts.some((cp) => cp.join(" ") === b.stems.join(" "));
  let owner: Term | undefined;
  let kept = 0;
  let swappedWeight = 0;
  let swappedWords = 0;
  for (const t of c.terms) {
    if (counterpartsAt.has(t)) {
      owner = t;
      continue;
    }
    const hit = found.get(t);
    if (!owner || !hit) continue;
    let party: Party | undefined;
    for (let p = hit.at - 1; p >= 0 && p >= hit.at - ROLE_REACH && !party; p--) party = named.get(p);
    if (!party) continue;
    const same = party.other ? party.term !== owner && isCounterpart(party.term, owner) : party.term === owner;
    const swapped = party.other ? party.term === owner : party.term !== owner && isCounterpart(party.term, owner);
    if (same) kept += t.weight;
    if (swapped) {
      swappedWeight += t.weight;
      swappedWords++;
    }
  }
  return swappedWords >= MIN_SWAPPED_WORDS && swappedWeight > kept;
}

/**
 * `ignorePolarity` measures a statement as if it were said the rubric's way round:
 * negated words and opposites count as the term. It is how a denial is sized up ("had
 * the answer affirmed this, would it have earned the point?").
 */
export function matchText(c: CompiledText, w: Window, { ignorePolarity = false } = {}): TextMatch {
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
  const said = new Set<number>();
  const reversedAt = new Set<number>();
  let bothDenied = 0;
  const found = new Map<Term, TermHit>();
  for (const exactOnly of [true, false]) {
    for (const t of c.terms) {
      if (found.has(t)) continue;
      const hit = findTerm(w, t, used, exactOnly, ignorePolarity);
      if (!hit) continue;
      found.set(t, hit);
      for (let k = 0; k < hit.len; k++) used.add(hit.at + k);
    }
  }
  // A cue spent on an opposite ("doesn't increase latency") no longer negates the rest of
  // its scope: "latency" there is said the rubric's way round.
  const spentCues = new Set<number>();
  for (const hit of found.values()) {
    const cue = hit.viaOpposite ? w.units[hit.at]?.negatedBy : undefined;
    if (cue !== undefined) spentCues.add(cue);
  }
  const negatedAt = (at: number) => {
    const u = w.units[at];
    return u !== undefined && u.negated && !(u.negatedBy !== undefined && spentCues.has(u.negatedBy));
  };
  for (const t of c.terms) {
    const hit = found.get(t);
    if (!t.inTitle) distinctTotal += t.weight;
    // Polarity is read at the first word of the hit: a phrase's own "no" ("no state")
    // is part of its meaning, not a denial of it.
    const negated = hit === undefined ? false : hit.viaOpposite ? (w.units[hit.at]?.negated ?? false) : negatedAt(hit.at);
    const neutral = hit !== undefined && (w.units[hit.at]?.neutral ?? false);
    const agrees = hit !== undefined && (ignorePolarity || t.eitherPolarity || neutral || (negated === t.negated) !== (hit.viaOpposite ?? false));
    if (hit && !hit.viaOpposite && t.negated && negated) bothDenied++;
    // An opposite word counts only where the term itself is not affirmed: "reduces
    // latency and increases throughput" does not reverse "reduces".
    let opposite = false;
    if (!agrees && !ignorePolarity) {
      for (const a of t.antonyms) {
        const at = findSequence(w, a).find((p) => isOppositeAt(w, p, a.length, t, used, found));
        if (at === undefined) continue;
        opposite = true;
        for (let k = 0; k < a.length; k++) {
          said.add(at + k);
          reversedAt.add(at + k);
        }
        break;
      }
    }
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
      for (let k = 0; k < hit.len; k++) {
        said.add(hit.at + k);
        if (!agrees) reversedAt.add(hit.at + k);
      }
    }
  }
  const swapped = !ignorePolarity && covered >= SWAP_STATED * (c.totalWeight || 1) && rolesSwapped(c, w, found);
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
    swapped,
    firstTerm: hits[0] !== undefined,
    from: from === Infinity ? 0 : from,
    to,
    said,
    bothDenied,
    reversedAt,
  };
}
