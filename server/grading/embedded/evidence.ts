/**
 * Chooses the span of the answer to quote as evidence: the sentence that earned the
 * verdict, or only the matched stretch of it when the sentence is long, so the
 * feedback quotes the candidate's own words and `quote === answer.slice(start, end)`.
 */
import type { Evidence } from "../grade-schema";
import type { Window } from "./answer-units";
import type { TextMatch } from "./text-matcher";

const MAX_QUOTE = 240;

export function evidenceFor(answer: string, window: Window, match?: TextMatch): Evidence {
  let start = window.start;
  let end = window.end;
  if (end - start > MAX_QUOTE && match && match.to >= match.from) {
    const first = window.units[match.from];
    const last = window.units[match.to];
    if (first && last) {
      start = first.start;
      end = last.end;
    }
  }
  return { quote: answer.slice(start, end), start, end };
}
