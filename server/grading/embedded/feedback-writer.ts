/**
 * Writes the short narrative a candidate reads after answering. It names what was
 * covered (with the candidate's words), what is missing (the heaviest points first)
 * and what was wrong; it never opens with praise when the answer is wrong, off-topic
 * or thin, because praise for a wrong answer teaches the wrong thing.
 */
import type { GradeResult } from "../grade-schema";

interface FeedbackInput {
  keyPointTexts: string[];
  weights: number[];
  result: Omit<GradeResult, "feedback">;
  offTopic: boolean;
}

const QUOTE_MAX = 90;

function short(quote: string): string {
  const q = quote.replace(/\s+/g, " ").trim();
  return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q;
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export function writeFeedback({ keyPointTexts, weights, result, offTopic }: FeedbackInput): string {
  const parts: string[] = [];
  const covered = result.keyPoints.filter((k) => k.covered);
  // A contradicted point is already stated, the right way round, where the contradiction is named.
  const missed = result.keyPoints.filter((k) => !k.covered && !k.contradiction).sort((a, b) => (weights[b.index] ?? 1) - (weights[a.index] ?? 1));
  const contradicted = result.keyPoints.filter((k) => k.contradiction);

  if (offTopic) {
    parts.push("This answer does not address the question yet.");
  } else if (result.misconceptions.length || contradicted.length) {
    parts.push("The answer contains a claim that is not right, so it cannot score well as it stands.");
  } else if (result.score >= 0.8) {
    parts.push("A strong answer: it covers the main points.");
  } else if (result.score >= 0.5) {
    parts.push("A partial answer: some important points are covered, others are missing.");
  } else if (covered.length) {
    parts.push("A thin answer: it touches the topic but leaves out most of what an interviewer listens for.");
  } else {
    parts.push("The answer does not cover the points an interviewer listens for yet.");
  }

  for (const m of result.misconceptions) {
    parts.push(`You said "${short(m.evidence.quote)}", but ${lowerFirst(m.correction)}`);
  }
  for (const k of contradicted) {
    parts.push(`"${short(k.contradiction!.quote)}" says the opposite of a key point: ${lowerFirst(keyPointTexts[k.index] ?? "")}.`);
  }
  if (covered.length && !offTopic) {
    const list = covered
      .slice(0, 3)
      .map((k) => (k.evidence ? `"${short(k.evidence.quote)}"` : lowerFirst(keyPointTexts[k.index] ?? "")))
      .join("; ");
    parts.push(`Covered: ${list}.`);
  }
  if (missed.length) {
    const list = missed.slice(0, 3).map((k) => lowerFirst(keyPointTexts[k.index] ?? "")).join("; ");
    parts.push(`To strengthen it, explain: ${list}.`);
  }
  return parts.join(" ").replace(/\.\./g, ".");
}
