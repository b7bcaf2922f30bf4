import { describe, expect, it } from "vitest";
import { FeedbackStreamExtractor } from "./feedback-stream";

describe("FeedbackStreamExtractor", () => {
  it("decodes the feedback string from JSON split at any point, escapes included", () => {
    const json = JSON.stringify({ keyPoints: [{ index: 0, covered: true, quote: "x" }], feedback: 'Good: "copy" idea.\nMissing \\ TTL \u00e9', after: "no" });
    for (const size of [1, 2, 3, 5, 13]) {
      const ex = new FeedbackStreamExtractor();
      let out = "";
      for (let i = 0; i < json.length; i += size) out += ex.push(json.slice(i, i + size));
      expect(out).toBe('Good: "copy" idea.\nMissing \\ TTL é');
    }
  });

  it("emits nothing until the feedback field starts", () => {
    const ex = new FeedbackStreamExtractor();
    expect(ex.push('{"keyPoints": [], "misconceptions": []')).toBe("");
    expect(ex.push(', "feedback": "Hi')).toBe("Hi");
  });
});
