/**
 * Splits text into word tokens that remember where they came from (offsets into the
 * original string), with a lower-cased form, a Porter stem and a stop-word flag.
 * Every signal of the embedded grader is computed over these tokens, and the
 * offsets are what let evidence quotes be exact slices of the answer.
 */
import { stemmer } from "stemmer";

export interface Token {
  /** Lower-cased surface form without a trailing "n't". */
  norm: string;
  stem: string;
  start: number;
  end: number;
  stop: boolean;
  /** True for "not", "never", "isn't"… — the token turns the statement around it. */
  negation: boolean;
}

// Function words carry no rubric meaning. Negation words are kept out of this list on
// purpose: they are flagged separately because they flip a statement's meaning.
const STOP_WORDS = new Set(
  (
    "a an the and or but if then than so as of at by for from in into on onto to with within via per " +
    "is are was were be been being am do does did doing done have has had having will would shall should can could may might must " +
    "i me my we our us you your he she it its they them their this that these those there here what which who whom whose when where why how " +
    "some such own too very just also even still yet again " +
    "about above after before below between during over under up down out off once further " +
    "get gets got getting make makes made let lets use used uses using like e g eg ie etc thing things something way basically actually really " +
    "s t one can't"
  ).split(/\s+/),
);

const NEGATION_WORDS = new Set(["not", "no", "never", "none", "nothing", "neither", "nor", "without", "cannot", "nobody", "nowhere", "cant", "dont", "doesnt", "isnt", "arent", "wont", "shouldnt", "wasnt"]);

// Letters and digits, optionally joined by an apostrophe ("doesn't", "user's").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// Porter stemming leaves irregular forms apart ("lost" vs "lose"); these are the ones
// candidates use when talking about systems.
const IRREGULAR: Record<string, string> = {
  lost: "lose", ran: "run", wrote: "write", written: "write", held: "hold", kept: "keep", sent: "send",
  went: "go", gone: "go", took: "take", taken: "take", gave: "give", given: "give", made: "make",
  built: "build", brought: "bring", thought: "think", found: "find", chose: "choose", chosen: "choose",
  began: "begin", begun: "begin", broke: "break", broken: "break", fell: "fall", fallen: "fall",
  hid: "hide", hidden: "hide", knew: "know", known: "know", left: "leave", met: "meet", paid: "pay",
  rose: "rise", risen: "rise", saw: "see", seen: "see", sold: "sell", spent: "spend", stood: "stand",
  told: "tell", understood: "understand", woke: "wake", won: "win", wound: "wind", bought: "buy",
  caught: "catch", drove: "drive", driven: "drive", ate: "eat", eaten: "eat", grew: "grow", grown: "grow",
  hit: "hit", hung: "hang", led: "lead", overwrote: "overwrite", overwritten: "overwrite", rewrote: "rewrite",
  slept: "sleep", shut: "shut", spun: "spin", struck: "strike", threw: "throw", thrown: "throw",
  data: "data", children: "child", indices: "index", analyses: "analysis", queries: "query",
};

const stemCache = new Map<string, string>();

/** Porter stem with a cache (stemming is the hot path of grading). */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\p{N}+$/u.test(word) ? word : stemmer(IRREGULAR[word] ?? word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

/** Tokenises `text`; offsets are relative to `text` plus `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  // exec with lastIndex rather than matchAll: matchAll clones (recompiles) the
  // Unicode-property regex on every call, which dominated grading time.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let norm = m[0].toLowerCase().replace(/’/g, "'");
    let negation = false;
    if (norm.endsWith("n't")) {
      negation = true;
      norm = norm === "can't" ? "can" : norm === "won't" ? "will" : norm.slice(0, -3);
    } else if (norm.endsWith("'s")) {
      norm = norm.slice(0, -2);
    }
    if (NEGATION_WORDS.has(norm)) negation = true;
    const start = base + (m.index ?? 0);
    tokens.push({ norm, stem: stemOf(norm), start, end: start + m[0].length, stop: negation || STOP_WORDS.has(norm), negation });
  }
  return tokens;
}

/** The content (non-stop) stems of a text, in order. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop && t.norm.length > 1)
    .map((t) => t.stem);
}
