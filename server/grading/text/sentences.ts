/**
 * Cuts an answer into sentences (and bullet items) with their offsets. Key points are
 * matched per sentence so that evidence points at one statement a candidate made,
 * and so that negation in one sentence cannot leak into the next.
 */
import { tokenize, type Token } from "./tokens";

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// A sentence ends at . ! ? ; followed by a space, at a line break or at a bullet, so
// "node.js" and "3.5" stay whole.
const BOUNDARY = /[.!?;]+(?=\s|$)|\n+\s*(?:[-–•*]\s+|\d+[.)]\s+)?|\s[–—•]\s|^\s*(?:[-•*]|\d+[.)])\s+/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const s = start + lead;
    const e = start + slice.trimEnd().length;
    if (e <= s) return;
    const tokens = tokenize(text.slice(s, e), s);
    if (tokens.length) sentences.push({ start: s, end: e, tokens });
  };
  // exec rather than matchAll, which would recompile the regex on every call.
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0] === "") {
      BOUNDARY.lastIndex++;
      continue;
    }
    const idx = m.index ?? 0;
    const isPunct = /^[.!?;]/.test(m[0]);
    push(from, isPunct ? idx + m[0].length : idx);
    from = idx + m[0].length;
  }
  push(from, text.length);
  return sentences;
}
