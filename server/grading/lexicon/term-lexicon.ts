/**
 * Answers "what else could a candidate say for this word?" as stem sequences:
 * the domain lexicon first (strong), WordNet's first-sense synonyms second (weak),
 * and the opposites of the word for contradiction checks. Stem sequences keep the
 * few function words that change meaning ("time to live", "one thread").
 */
import { textWindow } from "../embedded/answer-units";
import { ANTONYM_GROUPS, ROLE_PAIRS, SYNONYM_GROUPS } from "./domain-terms";
import { relationsOf } from "./wordnet";

/** Stems of a phrase exactly as answers are cut into units ("Time-to-live" → ["time","to","live"]). */
export function phraseStems(phrase: string): string[] {
  return textWindow(phrase).units.map((u) => u.stem);
}

export interface Alternative {
  stems: string[];
  source: "domain" | "wordnet";
}

interface DomainIndex {
  /** Group members by the key of their stem sequence. */
  groupsByKey: Map<string, number[]>;
  members: string[][][];
  antonymsByKey: Map<string, string[][]>;
  rolesByKey: Map<string, string[][]>;
  /** Lengths of multi-word members, longest first, for phrase lookup in key points. */
  phraseLengths: number[];
}

let domain: DomainIndex | undefined;

function domainIndex(): DomainIndex {
  if (domain) return domain;
  const groupsByKey = new Map<string, number[]>();
  const members = SYNONYM_GROUPS.map((g) => g.map(phraseStems).filter((s) => s.length > 0));
  const lengths = new Set<number>();
  members.forEach((group, gi) => {
    for (const m of group) {
      const key = m.join(" ");
      groupsByKey.set(key, [...(groupsByKey.get(key) ?? []), gi]);
      if (m.length > 1) lengths.add(m.length);
    }
  });
  domain = { groupsByKey, members, antonymsByKey: pairIndex(ANTONYM_GROUPS), rolesByKey: pairIndex(ROLE_PAIRS), phraseLengths: [...lengths].sort((x, y) => y - x) };
  return domain;
}

/** Each side's members mapped to the other side's members, by stem sequence. */
function pairIndex(pairs: [string[], string[]][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const [a, b] of pairs) {
    const sa = a.map(phraseStems);
    const sb = b.map(phraseStems);
    for (const m of sa) index.set(m.join(" "), [...(index.get(m.join(" ")) ?? []), ...sb]);
    for (const m of sb) index.set(m.join(" "), [...(index.get(m.join(" ")) ?? []), ...sa]);
  }
  return index;
}

/** Lengths of multi-word domain terms, longest first. */
export function domainPhraseLengths(): number[] {
  return domainIndex().phraseLengths;
}

/** True when `stems` is a domain term on its own ("time to live", "event loop"). */
export function isDomainPhrase(stems: string[]): boolean {
  return domainIndex().groupsByKey.has(stems.join(" "));
}

export interface TermLexicon {
  alternatives: Alternative[];
  antonyms: string[][];
  /** The other party of a role pair: what the term's role could be swapped with. */
  counterparts: string[][];
}

const altCache = new Map<string, TermLexicon>();

/**
 * Alternatives and opposites for a term given by its stems and, for WordNet, the
 * surface words it came from.
 */
export function lexiconFor(stems: string[], surface: string): TermLexicon {
  const key = `${stems.join(" ")}|${surface}`;
  const hit = altCache.get(key);
  if (hit) return hit;
  const d = domainIndex();
  const seen = new Set<string>([stems.join(" ")]);
  const alternatives: Alternative[] = [];
  for (const gi of d.groupsByKey.get(stems.join(" ")) ?? []) {
    for (const m of d.members[gi] ?? []) {
      const k = m.join(" ");
      if (!seen.has(k)) {
        seen.add(k);
        alternatives.push({ stems: m, source: "domain" });
      }
    }
  }
  const antonyms: string[][] = [...(d.antonymsByKey.get(stems.join(" ")) ?? [])];
  if (/^[a-z]{3,}$/.test(surface)) {
    const rel = relationsOf(surface);
    for (const syn of rel.synonyms) {
      const s = phraseStems(syn);
      const k = s.join(" ");
      if (s.length && s.length <= 3 && !seen.has(k)) {
        seen.add(k);
        alternatives.push({ stems: s, source: "wordnet" });
      }
    }
    for (const ant of rel.antonyms) antonyms.push(phraseStems(ant));
  }
  const opposites = antonyms.filter((a) => a.length > 0);
  const result = { alternatives, antonyms: opposites, counterparts: d.rolesByKey.get(stems.join(" ")) ?? [] };
  altCache.set(key, result);
  return result;
}
