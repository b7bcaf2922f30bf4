import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildQuestionFile, writeQuestion } from "../test/question-factory";
import { loadQuestionBank } from "./question-bank";
import { parseQuestionFile } from "./question-file";

describe("parseQuestionFile", () => {
  it("reads front matter, model answer and short answer", () => {
    const result = parseQuestionFile("questions/caching/sample-question.md", buildQuestionFile());
    expect(result.errors).toEqual([]);
    expect(result.question?.keyPoints).toHaveLength(4);
    expect(result.question?.answer).toContain("pads the model answer");
    expect(result.question?.shortAnswer).toBe("Short answer.");
  });

  it("names the file, line and field of a schema error", () => {
    const text = buildQuestionFile({ level: "guru" });
    const line = text.split("\n").findIndex((l) => l.startsWith("level:")) + 1;
    const { errors } = parseQuestionFile("questions/caching/sample-question.md", text);
    expect(errors).toContainEqual(expect.objectContaining({ file: "questions/caching/sample-question.md", line, field: "level" }));
  });

  it.each([
    [{ keyPoints: [] }, "keyPoints"],
    [{ followUps: ["only one?"] }, "followUps"],
    [{ id: "Not Kebab" }, "id"],
    [{ references: [{ title: "x", url: "ftp://example.com" }] }, "references.0.url"],
    [{ unknownField: 1 }, undefined],
  ])("rejects %j", (overrides, field) => {
    const { errors } = parseQuestionFile("questions/caching/sample-question.md", buildQuestionFile(overrides));
    expect(errors.length).toBeGreaterThan(0);
    if (field) expect(errors.map((e) => e.field)).toContain(field);
  });

  it("requires the file name to equal the id and the folder to equal the topic", () => {
    const { errors } = parseQuestionFile("questions/nosql/other-name.md", buildQuestionFile());
    expect(errors.map((e) => e.field).sort()).toEqual(["id", "topic"]);
  });

  it("requires both answer sections", () => {
    const { errors } = parseQuestionFile("questions/caching/sample-question.md", buildQuestionFile({}, "## Answer\n\nToo short.\n"));
    expect(errors.map((e) => e.message).join(" ")).toMatch(/at least 80 words/);
    expect(errors.map((e) => e.message).join(" ")).toMatch(/In 60 seconds/);
  });

  it("reports YAML syntax errors with a line", () => {
    const { errors } = parseQuestionFile("questions/caching/x.md", "---\nid: x\ntitle: [unclosed\n---\n");
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
    expect(errors[0]?.message).toMatch(/YAML/);
  });

  it("rejects a file without front matter", () => {
    expect(parseQuestionFile("questions/caching/x.md", "# just markdown").errors[0]?.message).toMatch(/front matter/);
  });
});

describe("loadQuestionBank", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "bank-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("detects duplicate ids across topics and unresolved related links", async () => {
    await writeQuestion(dir, { id: "dup-one", related: ["missing-one"] });
    await writeQuestion(dir, { id: "dup-one", topic: "nosql" });
    await writeFile(join(dir, "questions", "caching", "renamed.md"), buildQuestionFile({ id: "other-id" }));
    const bank = await loadQuestionBank(dir);
    const messages = bank.errors.map((e) => e.message).join("\n");
    expect(messages).toMatch(/duplicate id "dup-one"/);
    expect(messages).toMatch(/related question "missing-one" does not exist/);
    expect(messages).toMatch(/must equal the file name/);
  });

  it("loads a valid bank with resolvable links", async () => {
    await writeQuestion(dir, { id: "first-one", related: ["second-one"] });
    await writeQuestion(dir, { id: "second-one", topic: "nosql", related: ["first-one"] });
    const bank = await loadQuestionBank(dir);
    expect(bank.errors).toEqual([]);
    expect(bank.questions.map((q) => q.id).sort()).toEqual(["first-one", "second-one"]);
  });
});
