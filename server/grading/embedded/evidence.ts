/**
 * Chooses the span of the answer to quote as evidence: the sentence that earned the
 * verdict, or only the matched stretch of it when the sentence is long, so the
 * feedback quotes the candidate's own words and `quote === answer.slice(start, end)`.
 */
import type { Evidence } from "../grade-schema";
import type { Window } from "./answer-units";
import type { TextMatch } from "./text-matcher";

const MAX_QUOTE = 240;

/**
 * `sentences` are the answer's sentence windows (AnswerAnalysis.sentences). `denial`: the
 * match is quoted as a contradiction, so the words that decide it are those said the
 * other way round ("Cached data never goes stale"), not the words it shares with the key
 * point in a neighbouring sentence ("A cache is a faster copy…").
 */
export function evidenceFor(answer: string, sentences: Window[], window: Window, match?: TextMatch, { denial = false } = {}): Evidence {
  let { start, end } = narrowToSentences(sentences, window, match, denial);
  if (end - start > MAX_QUOTE && match && match.to >= match.from) {
    const first = window.units[match.from];
    const last = window.units[match.to];
    if (first && last) {
      start = Math.max(start, first.start);
      end = Math.min(end, last.end);
      if (end <= start) ({ start, end } = { start: first.start, end: last.end });
    }
  }
  return { quote: answer.slice(start, end), start, end };
}

/**
 * A window of several sentences (a pair, or a sentence cut by dashes) quoted only over
 * the sentences that hold the deciding words: one statement, not its neighbour.
 */
function narrowToSentences(sentences: Window[], window: Window, match: TextMatch | undefined, denial: boolean): { start: number; end: number } {
  const whole = { start: window.start, end: window.end };
  if (!match) return whole;
  const positions = denial && match.reversedAt.size ? match.reversedAt : match.said;
  const units = [...positions].map((i) => window.units[i]).filter((u) => u !== undefined);
  if (!units.length) return whole;
  const from = Math.min(...units.map((u) => u.start));
  const to = Math.max(...units.map((u) => u.end));
  const inWindow = sentences.filter((s) => s.start >= window.start && s.end <= window.end);
  if (inWindow.length < 2) return whole;
  const holding = inWindow.filter((s) => s.end > from && s.start < to);
  return holding.length ? { start: holding[0]!.start, end: holding.at(-1)!.end } : whole;
}
