import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../config";
import { loadQuestionBank } from "./question-bank";
import { parseQuestionFile, type Question } from "./question-file";
import { questionFilePath, questionToMarkdown } from "./question-markdown";

const data = ({ file: _file, contentHash: _hash, ...rest }: Question) => rest;
const padding = "Padding words that make the model answer long enough for the checker to accept it. ".repeat(8);

function sample(overrides: Partial<Question> = {}): Question {
  return {
    id: "sample-question",
    title: "What is a sample?",
    topic: "caching",
    tags: ["sample"],
    difficulty: "easy",
    level: "junior",
    collections: [],
    keyPoints: [1, 2, 3, 4].map((n) => ({ text: `Point ${n}`, weight: 2, phrasings: ["one way", "another way", "a third way"] })),
    misconceptions: [],
    followUps: ["First?", "Second?"],
    related: [],
    references: [{ title: "RFC 9111", url: "https://www.rfc-editor.org/rfc/rfc9111" }],
    answer: `The answer. ${padding}`,
    shortAnswer: "Short.",
    file: "",
    contentHash: "",
    ...overrides,
  };
}

function roundTrip(q: Question) {
  const markdown = questionToMarkdown(q);
  const parsed = parseQuestionFile(questionFilePath(q), markdown);
  expect(parsed.errors).toEqual([]);
  return { markdown, back: parsed.question! };
}

describe("questionToMarkdown", () => {
  it("round-trips every question of the real bank to the same data", async () => {
    // Validity of the bank itself is `backprep content check`'s job; here every valid file must survive.
    const bank = await loadQuestionBank(resolve(REPO_ROOT, "content"));
    expect(bank.questions.length).toBeGreaterThan(10);
    for (const q of bank.questions) expect(data(roundTrip(q).back), q.id).toEqual(data(q));
  });

  it("writes the documented file layout in the house style", () => {
    const { markdown } = roundTrip(sample({ tags: ["cache-aside", "ttl"], collections: ["top-10"], related: ["caching-invalidation"] }));
    expect(markdown).toMatch(/^---\nid: sample-question\ntitle: "What is a sample\?"\ntopic: caching\ntags: \[cache-aside, ttl\]\ndifficulty: easy\nlevel: junior\ncollections: \[top-10\]\nkeyPoints:\n {2}- text: "Point 1"\n {4}weight: 2\n {4}phrasings:\n {6}- "one way"/);
    expect(markdown).toContain('related: [caching-invalidation]\nreferences:\n  - title: "RFC 9111"\n    url: "https://www.rfc-editor.org/rfc/rfc9111"\n---\n## Answer\n\nThe answer.');
    expect(markdown).toMatch(/\n\n## In 60 seconds\n\nShort\.\n$/);
    // Optional empty lists are left out, as in hand-written files.
    expect(markdown).not.toContain("misconceptions:");
    expect(roundTrip(sample()).markdown).not.toContain("collections:");
  });

  it("keeps hostile and awkward text exactly: quotes, colons, hashes, markup, unicode, YAML keywords", () => {
    const awkward = [
      'He said "no": #not-a-comment',
      "<script>alert(1)</script> & <img src=x onerror=alert(1)>",
      "yes",
      "null",
      "- looks like a list item",
      "back\\slash and 'single' quotes",
      "émoji ✓ and 日本語",
      "--- not a fence",
      "{ a: flow map }",
    ];
    const q = sample({
      title: awkward[0]!,
      keyPoints: awkward.slice(0, 4).map((text) => ({ text, weight: 1, phrasings: awkward.slice(4, 7) })),
      misconceptions: [{ claim: awkward[7]!, patterns: awkward.slice(1, 3), correction: awkward[8]! }],
      followUps: awkward.slice(5),
      tags: ["123", "a1"],
      answer: `Line one with <b>markup</b>\r\n\r\n### A sub-heading\n\n\`\`\`sql\nSELECT 1; -- code\n\`\`\`\n\n${padding}`,
    });
    const { back } = roundTrip(q);
    expect(data(back)).toEqual(data({ ...q, answer: q.answer.replace(/\r\n/g, "\n").trim() }));
  });
});
