import { describe, expect, it } from "vitest";
import { answerWindows } from "./answer-units";
import { bestMisconceptionCandidate, MISCONCEPTION_FEATURES } from "./misconception-detector";
import { compileRubric } from "./rubric-compiler";
import { analyseAnswer } from "./signals";

// A misconception written for these tests only (not part of the evaluation set).
const rubric = compileRubric({
  title: "How do retries cause a retry storm?",
  keyPoints: [{ text: "Retries multiply load on a struggling dependency" }],
  misconceptions: [
    {
      claim: "Exponential backoff alone prevents retry storms",
      patterns: ["exponential backoff is enough to stop a retry storm", "backoff without jitter prevents retry storms"],
      correction: "Clients that back off on the same schedule still retry in sync; add random jitter to spread them out.",
    },
  ],
});
const misconception = rubric.misconceptions[0]!;
const feature = (answer: string, name: (typeof MISCONCEPTION_FEATURES)[number]) =>
  bestMisconceptionCandidate(misconception, answerWindows(answer).sentences)?.features[MISCONCEPTION_FEATURES.indexOf(name)];

describe("bestMisconceptionCandidate", () => {
  it("finds the sentence that states the claim, with one value per feature", () => {
    const candidate = bestMisconceptionCandidate(misconception, answerWindows("Retries hurt. Exponential backoff prevents retry storms.").sentences);
    expect(candidate?.features).toHaveLength(MISCONCEPTION_FEATURES.length);
    expect(candidate?.match.coverage).toBeGreaterThan(0.8);
  });

  it("hears 'on its own' and 'by itself' as 'alone'", () => {
    for (const answer of ["Exponential backoff on its own prevents retry storms.", "Exponential backoff by itself prevents retry storms."]) {
      expect(bestMisconceptionCandidate(misconception, answerWindows(answer).sentences)?.match.coverage).toBeGreaterThan(0.95);
    }
  });

  it("marks a sweeping statement of the claim: overconfident words are how misconceptions are said", () => {
    expect(feature("Exponential backoff on its own is enough to stop a retry storm, honestly.", "sweeping")).toBe(1);
    expect(feature("Exponential backoff spreads retries and can stop a retry storm.", "sweeping")).toBe(0);
  });

  it("measures how much of the correction the answer states anywhere", () => {
    const bare = feature("Exponential backoff prevents retry storms.", "correction")!;
    const corrected = feature("Exponential backoff prevents retry storms. Add random jitter so clients that back off do not retry in sync.", "correction")!;
    expect(corrected).toBeGreaterThan(bare + 0.3);
  });

  it("reads a sentence cut by dashes whole: the claim can span the aside", () => {
    const answer = "The fix is exponential backoff — wait 1s, 2s, 4s — and that is enough to stop a retry storm.";
    const parts = bestMisconceptionCandidate(misconception, answerWindows(answer).sentences)!;
    const whole = bestMisconceptionCandidate(misconception, analyseAnswer(answer, rubric).claimWindows)!;
    expect(parts.match.coverage).toBeLessThan(0.8);
    expect(whole.match.coverage).toBeGreaterThan(0.9);
    expect(answer.slice(whole.window.start, whole.window.end)).toBe(answer);
  });

  it("skips a sentence that swaps the claim's parties: that states the correct version", () => {
    const k8s = compileRubric({
      title: "Requests and limits",
      keyPoints: [{ text: "Requests place pods" }],
      misconceptions: [{ claim: "Limits are what the scheduler reserves, and requests are caps enforced at runtime", patterns: [], correction: "The other way round." }],
    }).misconceptions[0]!;
    const correct = answerWindows("Requests are what the scheduler reserves, and limits are caps enforced at runtime.").sentences;
    expect(bestMisconceptionCandidate(k8s, correct)).toBeUndefined();
  });
});
