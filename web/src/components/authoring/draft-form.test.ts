import { describe, expect, it } from "vitest";
import { questionDraftBodySchema } from "../../../../common/api/authoring";
import { emptyForm, errorsAfterEdit, fieldLabel, formToInput, messagesFor, questionToForm } from "./draft-form";

describe("draft form", () => {
  it("splits list fields and round-trips a question through the form", () => {
    const form = {
      ...emptyForm(),
      id: " form-question ",
      title: "Form?",
      topic: "caching",
      tags: "cache-aside, ttl  latency",
      keyPoints: [1, 2, 3, 4].map((n) => ({ text: `Point ${n}`, weight: 3, phrasings: "one\n\n  two \nthree" })),
      misconceptions: [{ claim: "Wrong", patterns: "wrong\nnot right", correction: "Right." }],
      followUps: "First?\nSecond?\n",
      related: "caching-basics",
      references: [{ title: "RFC", url: " https://example.com " }],
      answer: "Answer.",
      shortAnswer: "Short.",
    };
    const input = formToInput(form);
    expect(input).toMatchObject({
      id: "form-question",
      tags: ["cache-aside", "ttl", "latency"],
      followUps: ["First?", "Second?"],
      related: ["caching-basics"],
      references: [{ title: "RFC", url: "https://example.com" }],
    });
    expect(input.keyPoints[0]!.phrasings).toEqual(["one", "two", "three"]);
    // The server's schema accepts it, and the form is restored from the parsed data.
    const parsed = questionDraftBodySchema.parse(input);
    expect(formToInput(questionToForm(parsed))).toEqual(input);
  });

  it("finds the server's messages for a field and its items", () => {
    const errors = [
      { field: "body.keyPoints.0.phrasings", message: "give at least 3 phrasings" },
      { field: "body.followUps.1", message: "must not be empty" },
      { field: "body.followUps", message: "give at least 2 follow-ups" },
      { field: "body.title", message: "must not be empty" },
    ];
    expect(messagesFor(errors, "keyPoints.0.phrasings")).toEqual(["give at least 3 phrasings"]);
    expect(messagesFor(errors, "keyPoints.0")).toEqual(["phrasings: give at least 3 phrasings"]);
    expect(messagesFor(errors, "followUps")).toEqual(["item 2: must not be empty", "give at least 2 follow-ups"]);
    expect(messagesFor(errors, "keyPoints.1")).toEqual([]);
    expect(fieldLabel("body.keyPoints.0.phrasings")).toBe("Key point 1 › phrasings");
    expect(fieldLabel("body.shortAnswer")).toBe("60-second answer");
  });

  it("drops an error once the value it is about is edited", () => {
    const before = emptyForm();
    const errors = [
      { field: "body.keyPoints.0.phrasings", message: "give at least 3 phrasings" },
      { field: "body.keyPoints.1.phrasings", message: "give at least 3 phrasings" },
      { field: "body.followUps", message: "give at least 2 follow-ups" },
    ];
    const after = { ...before, keyPoints: before.keyPoints.map((k, i) => (i === 0 ? { ...k, phrasings: "a\nb\nc" } : k)) };
    expect(errorsAfterEdit(errors, before, after).map((e) => e.field)).toEqual(["body.keyPoints.1.phrasings", "body.followUps"]);
    expect(errorsAfterEdit(errors, before, { ...before, followUps: "One?" }).map((e) => e.field)).toEqual(["body.keyPoints.0.phrasings", "body.keyPoints.1.phrasings"]);
  });
});
