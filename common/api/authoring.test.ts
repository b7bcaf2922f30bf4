import { describe, expect, it } from "vitest";
import { ankiExportQuerySchema, importBodySchema, IMPORT_MAX_CHARS, questionDraftBodySchema } from "./authoring";

const draft = {
  id: "schema-question",
  title: "  What is a schema?  ",
  topic: "caching",
  difficulty: "easy",
  level: "junior",
  keyPoints: [1, 2, 3, 4].map((n) => ({ text: `Point ${n}`, phrasings: ["a", "b", "c"] })),
  followUps: ["One?", "Two?"],
  references: [{ title: "RFC", url: "https://example.com" }],
  answer: "Answer.",
  shortAnswer: "Short.",
};

describe("authoring schemas", () => {
  it("is the content file schema plus the two answer sections, with its defaults", () => {
    const parsed = questionDraftBodySchema.parse(draft);
    expect(parsed).toMatchObject({ title: "What is a schema?", tags: [], collections: [], misconceptions: [], related: [] });
    expect(parsed.keyPoints[0]!.weight).toBe(1);
  });

  it("rejects what a content file may not hold, naming the path", () => {
    const unknown = questionDraftBodySchema.safeParse({ ...draft, extra: 1 });
    expect(unknown.success).toBe(false);
    const httpRef = questionDraftBodySchema.safeParse({ ...draft, references: [{ title: "RFC", url: "http://example.com" }] });
    expect(httpRef.error?.issues[0]?.path).toEqual(["references", 0, "url"]);
    expect(questionDraftBodySchema.safeParse({ ...draft, answer: "x".repeat(20_001) }).error?.issues[0]?.path).toEqual(["answer"]);
  });

  it("bounds imports and takes only the bank's filters for Anki", () => {
    expect(importBodySchema.safeParse({ markdown: "" }).success).toBe(false);
    expect(importBodySchema.safeParse({ markdown: "x".repeat(IMPORT_MAX_CHARS + 1) }).success).toBe(false);
    expect(ankiExportQuerySchema.safeParse({ topic: "caching", q: "ttl" }).success).toBe(true);
    expect(ankiExportQuerySchema.safeParse({ cursor: "abc" }).success).toBe(false);
  });
});
