/**
 * Turns an answer (or any text) into matching units: one stem per word with its
 * offsets, and whether a negation ("not", "never", "isn't", "without") governs it.
 * Negation scope runs from the cue to the end of the clause (a comma, colon, "but",
 * "because"…) or six words, whichever comes first: enough for "caching does not
 * really reduce latency", short enough not to flip the next idea.
 */
import { splitSentences } from "../text/sentences";
import type { Token } from "../text/tokens";

export interface Unit {
  stem: string;
  start: number;
  end: number;
  stop: boolean;
  /** The word is a negation cue itself. */
  cue: boolean;
  /** The word sits inside a negation's scope. */
  negated: boolean;
  /** Offset of the cue whose scope the word is in, when negated: one cue's words are read together. */
  negatedBy?: number;
  /**
   * The word is named as a harm an action averts ("entries get a TTL so they do not go
   * stale"): that presupposes the harm can happen, so it agrees with either polarity.
   */
  neutral?: boolean;
}

export interface Window {
  start: number;
  end: number;
  units: Unit[];
  /** Positions of each stem in `units`, for fast phrase lookup. */
  positions: Map<string, number[]>;
  /** Number of sentences the window spans (1 or 2). */
  span: number;
  /** Share of the window's items that are bare terms (see listnessOf): 1 for "cache, TTL, Redis, LRU". */
  listness: number;
}

const CLAUSE_BREAK_WORDS = new Set(["but", "although", "though", "however", "whereas", "while", "because", "since", "so", "instead", "rather"]);
const SCOPE = 6;

// Harms a purpose clause can say an action averts: "…so they don't go stale", "…so
// that retries don't overload it". Such a "not" names the risk rather than denying it.
const HARMS = new Set(["stale", "fail", "break", "lose", "leak", "crash", "overload", "overwhelm", "conflict", "collid", "corrupt", "stall", "starv", "duplic", "block", "hang", "race", "clobber", "overwrit", "deadlock", "spike", "pile", "slow", "outag", "expir", "miss", "lag", "exhaust", "flood", "stamped", "timeout"]);

// Verbs that deny what follows without a "not": "skip the database", "avoid a round
// trip", "instead of querying". They count for polarity on both sides (rubric and
// answer), so "we don't hit the database" agrees with "reads skip the database".
const IMPLICIT_CUES = new Set(["skip", "avoid", "instead", "bypass", "prevent", "elimin", "spare", "stop"]);

// What may follow a "not" for the denial to be about what came before it: "stale
// statistics don't matter", "an allowlist isn't needed", "RLS doesn't add anything".
const DISMISSED_BY = new Set(["matter", "guarante", "fix", "solv", "work", "protect", "need", "necessari", "requir", "help", "count", "appli", "import", "relev", "realli", "either", "much", "anymor", "anyth", "add", "worri", "big", "deal", "concern"]);
// Words that dismiss what came before them in their clause without a "not": "per-user
// salts are unnecessary", "tests with two users are overkill".
const DISMISSIVE = new Set(["unnecessari", "overkil", "pointless", "irrelev", "useless", "needless"]);

/** Units of one sentence; `text` is the whole answer so clause punctuation can be seen. */
export function unitsOf(tokens: Token[], text: string): Unit[] {
  const units: Unit[] = [];
  const clauseOf: number[] = [];
  let clause = 0;
  let scopeLeft = 0;
  let scopeCue = -1;
  const purposeClauses = new Set<number>();
  tokens.forEach((t, i) => {
    const between = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : "";
    if (/[,:;()–—]/.test(between) || CLAUSE_BREAK_WORDS.has(t.norm)) {
      scopeLeft = 0;
      clause++;
      if (t.norm === "so") purposeClauses.add(clause);
    }
    const before = units.length;
    const next = tokens[i + 1]?.norm;
    // "not only X but also Y" and "no matter" assert rather than deny.
    // "X rather than Y" denies Y, as "X instead of Y" does.
    const implicit = IMPLICIT_CUES.has(t.stem) || (t.norm === "rather" && next === "than");
    const realCue = implicit || (t.negation && !(t.norm === "not" && (next === "only" || next === "just")) && !(t.norm === "no" && next === "matter"));
    const isContraction = t.negation && !["not", "no", "never", "without", "none", "nothing", "neither", "nor", "cannot", "nobody", "nowhere"].includes(t.norm);
    if (isContraction) {
      // "isn't" is the verb and the negation: keep the verb's stem, then a "not".
      units.push({ stem: t.stem, start: t.start, end: t.end, stop: true, cue: false, negated: scopeLeft > 0, ...(scopeLeft > 0 ? { negatedBy: scopeCue } : {}) });
      units.push({ stem: "not", start: t.start, end: t.end, stop: true, cue: true, negated: false });
    } else {
      const negated = scopeLeft > 0 && !realCue;
      units.push({ stem: t.norm === "cannot" ? "not" : t.stem, start: t.start, end: t.end, stop: t.stop, cue: realCue, negated, ...(negated ? { negatedBy: scopeCue } : {}) });
    }
    for (let k = before; k < units.length; k++) clauseOf.push(clause);
    if (realCue) {
      scopeLeft = SCOPE + 1;
      scopeCue = t.start;
    }
    if (scopeLeft > 0) scopeLeft--;
  });
  negateBackwards(units, clauseOf);
  neutraliseAvertedHarms(units, clauseOf, purposeClauses);
  return units.filter((u) => !(u.stop && (u.stem === "a" || u.stem === "an" || u.stem === "the")));
}

/**
 * A cue that ends its clause ("…, POST and PATCH aren't", "threads? no.") denies what
 * came before it in the clause, so its scope runs backwards instead; so does a cue
 * followed only by a word of dismissal ("stale statistics don't matter"), and a
 * dismissive word itself ("a per-user salt is unnecessary").
 */
function negateBackwards(units: Unit[], clauseOf: number[]): void {
  units.forEach((u, i) => {
    const dismissive = DISMISSIVE.has(u.stem) && !u.negated;
    if (!dismissive && (!u.cue || u.stop === false)) return;
    const clause = clauseOf[i];
    // A dismissive word is the predicate of what precedes it ("threads are useless in
    // Python", "salts are unnecessary here"), whatever follows; a bare cue is only
    // when nothing of substance follows it.
    const contentAfter = !dismissive && units.some((v, j) => j > i && clauseOf[j] === clause && !v.stop && !(v.negated && v.negatedBy === u.start && DISMISSED_BY.has(v.stem)));
    if (contentAfter) return;
    if (dismissive) u.cue = true;
    for (let j = i - 1, n = 0; j >= 0 && clauseOf[j] === clause && n < SCOPE; j--, n++) {
      units[j]!.negated = true;
      units[j]!.negatedBy = u.start;
    }
  });
}

/** Verbs that carry no meaning of their own before a harm: "go stale", "get lost", "end up duplicated". */
const LIGHT_VERBS = new Set(["go", "get", "becom", "end", "up", "turn", "run"]);

/**
 * In a clause opened by "so", a "not" whose first denied word is a harm ("so they do
 * not go stale") states a purpose: the words it governs are neutral, not denied.
 */
function neutraliseAvertedHarms(units: Unit[], clauseOf: number[], purposeClauses: Set<number>): void {
  units.forEach((cue, i) => {
    if (!cue.cue || !purposeClauses.has(clauseOf[i]!)) return;
    const governed = units.filter((u) => u.negated && u.negatedBy === cue.start);
    const firstContent = governed.find((u) => !u.stop && !LIGHT_VERBS.has(u.stem));
    if (!firstContent || !HARMS.has(firstContent.stem)) return;
    for (const u of governed) {
      u.negated = false;
      delete u.negatedBy;
      u.neutral = true;
    }
  });
}

/** Positions of each stem in `units`. */
export function positionsOf(units: Unit[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = positions.get(u.stem);
    if (list) list.push(i);
    else positions.set(u.stem, [i]);
  });
  return positions;
}

function windowOf(units: Unit[], start: number, end: number, span: number, text: string): Window {
  const positions = positionsOf(units);
  return { start, end, units, positions, span, listness: listnessOf(units, text) };
}

/** What separates the items of a list: commas, slashes, pipes, semicolons, bullets, line breaks. */
const LIST_SEPARATOR = /[,;/|•·\n]/;
const MIN_LIST_ITEMS = 4;
const MAX_ITEM_WORDS = 3;

/**
 * How much the text is a list of terms rather than statements: the share of its
 * separated items that are at most three words with no function word to link them
 * ("root page", "range scan"), when there are at least four items. "GET, PUT and
 * DELETE are idempotent, POST is not" has three items, two of them clauses: not a list.
 */
export function listnessOf(units: Unit[], text: string): number {
  const items: Unit[][] = [];
  units.forEach((u, i) => {
    if (i === 0 || LIST_SEPARATOR.test(text.slice(units[i - 1]!.end, u.start))) items.push([]);
    items[items.length - 1]!.push(u);
  });
  if (items.length < MIN_LIST_ITEMS) return 0;
  const bare = items.filter((item) => item.length <= MAX_ITEM_WORDS && item.filter((u) => u.stop).length <= (item.length > 1 ? 1 : 0));
  return bare.length / items.length;
}

/** Sentences of the answer, then each pair of adjacent sentences (ideas often span two). */
export function answerWindows(text: string): { sentences: Window[]; pairs: Window[] } {
  const sentences = splitSentences(text).map((s) => windowOf(unitsOf(s.tokens, text), s.start, s.end, 1, text));
  const pairs: Window[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const a = sentences[i]!;
    const b = sentences[i + 1]!;
    pairs.push(windowOf([...a.units, ...b.units], a.start, b.end, 2, text));
  }
  return { sentences, pairs };
}

/** One window over a whole short text (key points, phrasings, patterns). */
export function textWindow(text: string): Window {
  const { sentences } = answerWindows(text);
  const units = sentences.flatMap((s) => s.units);
  return windowOf(units, 0, text.length, 1, text);
}
