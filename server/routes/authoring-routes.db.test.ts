import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuestionDraftInput } from "../../common/api/authoring";
import { parseQuestionFile, type Question } from "../content/question-file";
import { syncQuestionBank } from "../services/content-sync";
import { buildQuestionFile, writeQuestion } from "../test/question-factory";
import { agent, createTestApp, signedInAgent, type TestApp } from "../test/test-app";

let t: TestApp;
let dir: string;
type Agent = Awaited<ReturnType<typeof signedInAgent>>;
let learner: Agent, author: Agent, otherAuthor: Agent, admin: Agent;

const API = "/api/v1";
const XSS_TITLE = 'Is <script>alert("x")</script> <img src=x onerror=alert(1)> escaped?';
const longAnswer = (lead: string) => `${lead} ${"An authored answer explains the idea, gives an example and names the trade-off. ".repeat(8)}`;

function draft(overrides: Partial<QuestionDraftInput> = {}): QuestionDraftInput {
  return {
    id: "authored-question",
    title: "What does an authored question look like?",
    topic: "caching",
    tags: ["authoring"],
    difficulty: "medium",
    level: "mid",
    keyPoints: [1, 2, 3, 4].map((n) => ({ text: `Authored key point ${n}`, weight: (n % 3) + 1, phrasings: ["first phrasing", "second phrasing", "third phrasing"] })),
    misconceptions: [{ claim: "Drafts are public", patterns: ["drafts are public", "everyone sees drafts"], correction: "Only the author and admins see a draft." }],
    followUps: ["Who publishes it?", "How does it reach the repository?"],
    related: ["cache-basics"],
    references: [{ title: "RFC 9111", url: "https://www.rfc-editor.org/rfc/rfc9111" }],
    answer: longAnswer("A question authored in the app."),
    shortAnswer: "It is a draft until an admin publishes it.",
    ...overrides,
  };
}

async function withRole(role: "author" | "admin") {
  const client = await signedInAgent(t.app, { displayName: `An ${role}` });
  await t.ctx.services.users.update(client.user.id, { role });
  return client;
}

const fieldsOf = (body: string) => (JSON.parse(body) as { errors?: { field: string }[] }).errors?.map((e) => e.field) ?? [];
/** The question's data, without what depends on where the file was read from. */
const data = ({ file: _file, contentHash: _hash, ...rest }: Question) => rest;

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), "content-"));
  await writeQuestion(dir, { id: "cache-basics", title: "What is caching?", tags: ["cache-aside", "ttl"] });
  await writeQuestion(dir, { id: "nosql-basics", topic: "nosql", title: "What is a document database?", difficulty: "hard", level: "senior" });
  await syncQuestionBank(dir, t.ctx.services.questionsRepo);
  learner = await signedInAgent(t.app);
  [author, otherAuthor, admin] = [await withRole("author"), await withRole("author"), await withRole("admin")];
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("permissions", () => {
  it("keeps learners and visitors out of authoring", async () => {
    expect((await agent(t.app).post(`${API}/authoring/questions`, draft())).statusCode).toBe(401);
    const res = await learner.post(`${API}/authoring/questions`, draft());
    expect(res.statusCode).toBe(403);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect((await learner.get(`${API}/authoring/questions`)).statusCode).toBe(403);
    expect((await learner.post(`${API}/authoring/import`, { markdown: buildQuestionFile({ id: "learner-file" }) })).statusCode).toBe(403);
  });

  it("lets an author draft, keeps the draft out of the bank, and lets only an admin publish it", async () => {
    const created = await author.post(`${API}/authoring/questions`, draft({ id: "perm-flow" }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().question).toMatchObject({ id: "perm-flow", status: "draft", source: "app", authorId: author.user.id, authorName: "An author" });

    // Not in the bank while a draft.
    expect((await agent(t.app).get(`${API}/questions/perm-flow`)).statusCode).toBe(404);
    expect((await agent(t.app).get(`${API}/questions?topic=caching`)).json().items.map((q: { id: string }) => q.id)).not.toContain("perm-flow");

    // Mine in my list; not in another author's; in the admin's, marked as someone else's.
    const mine = (await author.get(`${API}/authoring/questions`)).json().items;
    expect(mine.find((d: { id: string }) => d.id === "perm-flow")).toMatchObject({ mine: true, status: "draft", authorName: "An author" });
    expect((await otherAuthor.get(`${API}/authoring/questions`)).json().items.map((d: { id: string }) => d.id)).not.toContain("perm-flow");
    const all = (await admin.get(`${API}/authoring/questions`)).json().items;
    expect(all.find((d: { id: string }) => d.id === "perm-flow")).toMatchObject({ mine: false });

    // Another author can neither read nor edit it.
    expect((await otherAuthor.get(`${API}/authoring/questions/perm-flow`)).statusCode).toBe(404);
    const hijack = await otherAuthor.put(`${API}/authoring/questions/perm-flow`, draft({ id: "perm-flow", title: "Hijacked?" }));
    expect(hijack.statusCode).toBe(403);
    expect((await author.get(`${API}/authoring/questions/perm-flow`)).json().question.title).toBe("What does an authored question look like?");

    // The owner edits it.
    const edited = await author.put(`${API}/authoring/questions/perm-flow`, draft({ id: "perm-flow", title: "What does an edited question look like?" }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().question.title).toBe("What does an edited question look like?");

    // An author cannot publish, not even their own draft.
    expect((await author.post(`${API}/authoring/questions/perm-flow/publish`)).statusCode).toBe(403);
    expect((await learner.post(`${API}/authoring/questions/perm-flow/publish`)).statusCode).toBe(403);

    const published = await admin.post(`${API}/authoring/questions/perm-flow/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().question.status).toBe("published");
    const bank = (await agent(t.app).get(`${API}/questions?topic=caching`)).json().items.map((q: { id: string }) => q.id);
    expect(bank).toContain("perm-flow");
    const detail = await agent(t.app).get(`${API}/questions/perm-flow`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ title: "What does an edited question look like?", related: [{ id: "cache-basics", title: "What is caching?" }] });

    // Published: out of the drafts lists, no longer editable here, not publishable twice.
    expect((await admin.get(`${API}/authoring/questions`)).json().items.map((d: { id: string }) => d.id)).not.toContain("perm-flow");
    expect((await author.put(`${API}/authoring/questions/perm-flow`, draft({ id: "perm-flow" }))).statusCode).toBe(409);
    expect((await admin.post(`${API}/authoring/questions/perm-flow/publish`)).statusCode).toBe(409);
    expect((await admin.post(`${API}/authoring/questions/no-such-draft/publish`)).statusCode).toBe(404);
  });

  it("lets an admin edit anyone's draft without taking it over", async () => {
    expect((await author.post(`${API}/authoring/questions`, draft({ id: "admin-edits" }))).statusCode).toBe(201);
    const res = await admin.put(`${API}/authoring/questions/admin-edits`, draft({ id: "admin-edits", level: "senior" }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().question).toMatchObject({ level: "senior", authorId: author.user.id });
  });
});

describe("validation", () => {
  const create = (body: unknown) => author.post(`${API}/authoring/questions`, body);

  it("saves a draft whose pattern repeats the model answer, and says the grader will ignore that pattern", async () => {
    const misconceptions = [{ claim: "Drafts are public", patterns: ["an authored answer explains the idea", "everyone sees drafts"], correction: "Only the author and admins see a draft." }];
    const res = await create(draft({ id: "noticed-draft", misconceptions }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().question.notices).toEqual([
      { field: "body.misconceptions.0.patterns", message: expect.stringContaining('The grader ignores "an authored answer explains the idea"') },
    ]);
    // The notice follows the draft: fixed, it is gone.
    const fixed = await author.put(`${API}/authoring/questions/noticed-draft`, draft({ id: "noticed-draft" }));
    expect(fixed.json().question.notices).toEqual([]);
  });

  it("names the field for front matter mistakes, as the content checker does", async () => {
    const keyPoints = draft().keyPoints.map((k, i) => (i === 0 ? { ...k, phrasings: ["only one"] } : k));
    const res = await create(draft({ id: "bad-phrasings", keyPoints }));
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().errors).toContainEqual({ field: "body.keyPoints.0.phrasings", message: "give at least 3 phrasings" });

    expect(fieldsOf((await create(draft({ id: "Not A Slug" }))).body)).toContain("body.id");
    expect(fieldsOf((await create(draft({ id: "bad-topic", topic: "astrology" as never }))).body)).toContain("body.topic");
    expect(fieldsOf((await create(draft({ id: "bad-url", references: [{ title: "Plain HTTP", url: "http://example.com" }] }))).body)).toContain("body.references.0.url");
    expect(fieldsOf((await create(draft({ id: "few-points", keyPoints: draft().keyPoints.slice(0, 3) }))).body)).toContain("body.keyPoints");
    expect(fieldsOf((await create({ ...draft({ id: "extra-key" }), sneaky: true })).body)).toContain("body.sneaky");
  });

  it("applies the file's body rules to the answer sections", async () => {
    const short = await create(draft({ id: "short-answer", answer: "Too short." }));
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: "body.answer", message: "the model answer must have at least 80 words" }]);

    expect(fieldsOf((await create(draft({ id: "no-sixty", shortAnswer: "   " }))).body)).toEqual(["body.shortAnswer"]);

    // A level-2 heading would split the file into another section and lose text.
    const heading = await create(draft({ id: "heading-answer", answer: `${longAnswer("Intro.")}\n\n## Trade-offs\n\nMore text.` }));
    expect(heading.statusCode).toBe(400);
    expect(heading.json().errors[0]).toMatchObject({ field: "body.answer", message: expect.stringContaining("level-2 heading") });
    // ### is fine.
    expect((await create(draft({ id: "sub-heading-answer", answer: `${longAnswer("Intro.")}\n\n### Trade-offs\n\nMore text.` }))).statusCode).toBe(201);
  });

  it("requires related questions to exist and ids to be free", async () => {
    const related = await create(draft({ id: "bad-related", related: ["cache-basics", "no-such-question"] }));
    expect(related.statusCode).toBe(400);
    expect(related.json().errors).toEqual([{ field: "body.related.1", message: 'related question "no-such-question" does not exist' }]);
    expect((await create(draft({ id: "self-related", related: ["self-related"] }))).json().errors[0].field).toBe("body.related.0");

    const taken = await create(draft({ id: "cache-basics", related: ["nosql-basics"] }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([{ field: "body.id", message: "is already taken: choose another id" }]);
    expect((await create(draft({ id: "taken-draft" }))).statusCode).toBe(201);
    expect((await otherAuthor.post(`${API}/authoring/questions`, draft({ id: "taken-draft" }))).statusCode).toBe(409);

    const renamed = await author.put(`${API}/authoring/questions/taken-draft`, draft({ id: "renamed-draft" }));
    expect(renamed.statusCode).toBe(400);
    expect(fieldsOf(renamed.body)).toEqual(["body.id"]);
  });
});

describe("Markdown export and import", () => {
  it("exports a published question in the exact file format: export → parse → same data", async () => {
    const res = await agent(t.app).get(`${API}/questions/cache-basics/markdown`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="cache-basics.md"');
    expect(res.headers["x-content-path"]).toBe("content/questions/caching/cache-basics.md");
    expect(res.body.startsWith("---\nid: cache-basics\n")).toBe(true);

    const original = parseQuestionFile("questions/caching/cache-basics.md", await readFile(join(dir, "questions/caching/cache-basics.md"), "utf8"));
    const exported = parseQuestionFile("questions/caching/cache-basics.md", res.body);
    expect(exported.errors).toEqual([]);
    expect(data(exported.question!)).toEqual(data(original.question!));
  });

  it("exports a draft only to its author and admins, and it reads back as the draft", async () => {
    const input = draft({ id: "export-draft", title: XSS_TITLE, answer: longAnswer("<img src=x onerror=alert(1)> stays text.") });
    expect((await author.post(`${API}/authoring/questions`, input)).statusCode).toBe(201);
    expect((await agent(t.app).get(`${API}/questions/export-draft/markdown`)).statusCode).toBe(404);
    expect((await otherAuthor.get(`${API}/questions/export-draft/markdown`)).statusCode).toBe(404);
    expect((await admin.get(`${API}/questions/export-draft/markdown`)).statusCode).toBe(200);

    const res = await author.get(`${API}/questions/export-draft/markdown`);
    expect(res.statusCode).toBe(200);
    const back = parseQuestionFile("questions/caching/export-draft.md", res.body);
    expect(back.errors).toEqual([]);
    expect(data(back.question!)).toEqual({ ...input, collections: [], answer: input.answer.trim() });
  });

  it("imports a file as a draft, and a newer version of it over the draft", async () => {
    const file = buildQuestionFile({ id: "imported-question", title: "Imported?" });
    const res = await author.post(`${API}/authoring/import`, { markdown: file, fileName: "imported-question.md" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ created: true, question: { id: "imported-question", status: "draft", authorId: author.user.id, title: "Imported?" } });

    const again = await author.post(`${API}/authoring/import`, { markdown: buildQuestionFile({ id: "imported-question", title: "Imported again?" }) });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: false, question: { title: "Imported again?" } });

    // Someone else's draft, or a published question, is not overwritten.
    expect((await otherAuthor.post(`${API}/authoring/import`, { markdown: file })).statusCode).toBe(409);
    const published = await author.post(`${API}/authoring/import`, { markdown: (await agent(t.app).get(`${API}/questions/cache-basics/markdown`)).body });
    expect(published.statusCode).toBe(409);
    expect(published.json().errors).toEqual([{ field: "id", message: expect.stringContaining("already taken") }]);
  });

  it("reports the file, line and field of every problem in an imported file", async () => {
    const file = buildQuestionFile({ id: "broken-import", level: "guru" });
    const line = file.split("\n").findIndex((l) => l.startsWith("level:")) + 1;
    const res = await author.post(`${API}/authoring/import`, { markdown: file });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: "level", file: "questions/caching/broken-import.md", line, message: expect.stringContaining("junior") }]);

    const named = await author.post(`${API}/authoring/import`, { markdown: buildQuestionFile({ id: "named-one" }), fileName: "content/questions/nosql/other-name.md" });
    expect(named.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(["id", "topic"]);

    const related = buildQuestionFile({ id: "related-import", related: ["cache-basics", "missing-one"] });
    const relatedRes = await author.post(`${API}/authoring/import`, { markdown: related });
    expect(relatedRes.json().errors).toEqual([
      { field: "related.1", file: "questions/caching/related-import.md", line: related.split("\n").findIndex((l) => l.includes("missing-one")) + 1, message: 'related question "missing-one" does not exist' },
    ]);

    const noFront = await author.post(`${API}/authoring/import`, { markdown: "# Just a heading\n" });
    expect(noFront.json().errors).toEqual([{ field: "markdown", file: "questions/unknown/question.md", line: 1, message: "file must start with '---' front matter" }]);
    expect(fieldsOf((await author.post(`${API}/authoring/import`, { markdown: "" })).body)).toEqual(["body.markdown"]);
  });
});

describe("security", () => {
  it("stores markup in authored text as text and escapes it in every export", async () => {
    const answer = longAnswer('<script>alert("answer")</script> and <img src=x onerror=alert(2)>');
    const res = await author.post(`${API}/authoring/questions`, draft({ id: "xss-draft", title: XSS_TITLE, answer }));
    expect(res.statusCode, res.body).toBe(201);
    const stored = (await author.get(`${API}/authoring/questions/xss-draft`)).json().question;
    expect(stored.title).toBe(XSS_TITLE);
    expect(stored.answer).toBe(answer.trim());

    expect((await admin.post(`${API}/authoring/questions/xss-draft/publish`)).statusCode).toBe(200);
    const anki = await agent(t.app).get(`${API}/questions/export/anki?q=escaped`);
    expect(anki.body).toContain("Is &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; escaped?");
    expect(anki.body).not.toMatch(/<script|<img/);
  });
});

describe("GET /questions/export/anki", () => {
  it("downloads the published bank in Anki's text format, filtered like the bank", async () => {
    const res = await agent(t.app).get(`${API}/questions/export/anki?topic=caching&difficulty=easy`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe('attachment; filename="backprep.txt"');
    const lines = res.body.trimEnd().split("\n");
    expect(lines.slice(0, 4)).toEqual(["#separator:tab", "#html:true", "#tags column:3", "#guid column:4"]);
    // Only published questions: drafts written above stay out.
    const notes = lines.slice(4).map((l) => l.split("\t"));
    expect(notes.map((n) => n[3])).toEqual(["backprep-cache-basics"]);
    const [front, back, tags] = notes[0]!;
    expect(front).toBe("What is caching?");
    expect(back).toBe("<p>Short answer.</p><p><b>Key points</b></p><ul>" + [1, 2, 3, 4].map((n) => `<li>Key point number ${n} of cache-basics</li>`).join("") + "</ul>");
    expect(tags).toBe("topic::caching difficulty::easy level::junior cache-aside ttl");

    const nosql = await agent(t.app).get(`${API}/questions/export/anki?level=senior`);
    expect(nosql.body.trimEnd().split("\n").slice(4).map((l) => l.split("\t")[3])).toEqual(["backprep-nosql-basics"]);
    const search = await agent(t.app).get(`${API}/questions/export/anki?q=${encodeURIComponent("document database")}`);
    expect(search.body).toContain("What is a document database?");
    expect(search.body).not.toContain("What is caching?");
  });

  it("refuses bad filters with the field named", async () => {
    const res = await agent(t.app).get(`${API}/questions/export/anki?difficulty=extreme`);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body)).toEqual(["querystring.difficulty"]);
  });
});

describe("OpenAPI", () => {
  it("documents the authoring routes", async () => {
    const res = await agent(t.app).get("/api/openapi.json");
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/authoring/questions", "/api/v1/authoring/questions/{id}/publish", "/api/v1/authoring/import", "/api/v1/questions/{id}/markdown", "/api/v1/questions/export/anki"]));
  });
});
