/**
 * Finds a quote the LLM says it took from the answer. Only text that is really in the
 * answer can be evidence: an exact match first, then a match that forgives differences
 * in whitespace, case and typographic quotes. The returned span always indexes the
 * original answer, so `quote === answer.slice(start, end)` holds.
 */
import type { Evidence } from "../grade-schema";

function canonical(ch: string): string {
  if (/\s/.test(ch)) return " ";
  if (ch === "’" || ch === "‘") return "'";
  if (ch === "“" || ch === "”") return '"';
  return ch.toLowerCase();
}

/** Lower-cased, whitespace-collapsed text with a map from each position back to the original. */
function normalise(text: string): { norm: string; map: number[] } {
  let norm = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = canonical(text[i]!);
    if (c === " " && (norm.endsWith(" ") || norm.length === 0)) continue;
    norm += c;
    map.push(i);
  }
  return { norm, map };
}

const MIN_QUOTE = 3;

export function locateQuote(answer: string, quote: string): Evidence | undefined {
  // Exactly as given first; then without the quotation marks and trailing dots models add.
  for (const q of [quote.trim(), quote.trim().replace(/^["'“”]+|["'“”.…]+$/g, "").trim()]) {
    if (q.length < MIN_QUOTE) return undefined;
    const exact = answer.indexOf(q);
    if (exact >= 0) return { quote: answer.slice(exact, exact + q.length), start: exact, end: exact + q.length };
  }
  const q = quote.trim().replace(/^["'“”]+|["'“”.…]+$/g, "").trim();
  const a = normalise(answer);
  const nq = normalise(q).norm.trim();
  const at = a.norm.indexOf(nq);
  if (at < 0) return undefined;
  const start = a.map[at]!;
  const end = a.map[at + nq.length - 1]! + 1;
  return { quote: answer.slice(start, end), start, end };
}
