/**
 * Questions written in the app: drafts by authors, published by admins, exported to the
 * content file format (so a contribution becomes a pull request) and imported from it,
 * and the bank exported to Anki.
 *
 * There is one validator: a draft is written out as its Markdown file and read back with
 * `parseQuestionFile`, the function the content checker and the loader use. What the app
 * accepts is exactly what `backprep content check` accepts.
 */
import type { AnkiExportQuery, AuthoredQuestion, DraftList, ImportBody, QuestionDraftData } from "../../common/api/authoring";
import type { Role } from "../../common/api/auth";
import type { ContentError } from "../content/content-error";
import { parseFrontMatter } from "../content/front-matter";
import { parseQuestionFile, type Question } from "../content/question-file";
import { questionFilePath, questionToMarkdown } from "../content/question-markdown";
import type { QuestionRow, QuestionsRepository } from "../db/repositories/questions-repository";
import { badRequest, conflict, forbidden, notFound, type FieldError } from "../errors";
import { ignoredMisconceptionPatterns } from "../grading/embedded/rubric-compiler";
import { gradeQuestionOf } from "../grading/grade-schema";
import { toAnkiText } from "./anki-export";
import { questionToRow, type QuestionBody } from "./content-sync";

export interface Author {
  id: string;
  role: Role;
}

/** A field error that can also point into a file, for imports. */
export interface ContentFieldError extends FieldError {
  file?: string;
  line?: number;
}

/** More than any bank we expect; an export is one request, so it is capped. */
const ANKI_EXPORT_LIMIT = 5_000;

const isAdmin = (user: Author) => user.role === "admin";
const normaliseSection = (text: string) => text.replace(/\r\n?/g, "\n").trim();

/** Published questions are public; a draft only to its author and to admins. */
function canRead(user: Author | undefined, row: QuestionRow): boolean {
  if (row.status === "published") return true;
  return row.status === "draft" && !!user && (isAdmin(user) || row.authorId === user.id);
}

const canEdit = (user: Author, row: QuestionRow) => row.status === "draft" && (isAdmin(user) || row.authorId === user.id);

/** The question's content, as a draft holds it and its file is written from. */
function draftData(row: QuestionRow): QuestionDraftData {
  const body = row.body as QuestionBody;
  return {
    id: row.id,
    title: row.title,
    topic: row.topic as QuestionDraftData["topic"],
    tags: row.tags,
    difficulty: row.difficulty,
    level: row.level,
    collections: row.collections,
    keyPoints: body.keyPoints,
    misconceptions: body.misconceptions,
    followUps: body.followUps,
    related: body.related,
    references: body.references,
    answer: row.answer,
    shortAnswer: row.shortAnswer,
  };
}

/** The question as the editor shows it: its content, who wrote it, and what could be better. */
function present(row: QuestionRow & { authorName: string | null }): AuthoredQuestion {
  const data = draftData(row);
  return {
    ...data,
    status: row.status,
    source: row.source,
    authorId: row.authorId,
    authorName: row.authorName,
    updatedAt: row.updatedAt.toISOString(),
    notices: ignoredMisconceptionPatterns(gradeQuestionOf(data)).map(({ misconception, message }) => ({
      field: `body.misconceptions.${misconception}.patterns`,
      message,
    })),
  };
}

/** Which form field a body-section error of the parser is about. */
function sectionField(e: ContentError): string {
  if (e.field && e.field !== "body") return e.field;
  if (e.field === "body") return /60 seconds/i.test(e.message) ? "shortAnswer" : "answer";
  return "markdown";
}

export function createAuthoringService(repo: QuestionsRepository) {
  /** `related` must name existing published questions, as the bank check demands of files. */
  async function relatedProblems(q: Pick<Question, "id" | "related">): Promise<{ index: number; message: string }[]> {
    const found = new Set((await repo.titles(q.related)).map((r) => r.id));
    return q.related.flatMap((id, index) => {
      if (id === q.id) return [{ index, message: "a question cannot be related to itself" }];
      return found.has(id) ? [] : [{ index, message: `related question "${id}" does not exist` }];
    });
  }

  /** Writes the draft as its file, reads it back with the content parser: the one validator. */
  async function validateDraft(input: QuestionDraftData): Promise<Question> {
    const parsed = parseQuestionFile(questionFilePath(input), questionToMarkdown(input));
    const errors: FieldError[] = parsed.errors.map((e) => ({ field: `body.${sectionField(e)}`, message: e.message }));
    if (parsed.question) {
      // A "## " line inside a section would start a new section of the file and lose text.
      const heading = 'must not contain a level-2 heading (a line starting with "## "): in the file it would start a new section; use "###" for sub-headings';
      if (parsed.question.answer !== normaliseSection(input.answer)) errors.push({ field: "body.answer", message: heading });
      if (parsed.question.shortAnswer !== normaliseSection(input.shortAnswer)) errors.push({ field: "body.shortAnswer", message: heading });
      for (const p of await relatedProblems(parsed.question)) errors.push({ field: `body.related.${p.index}`, message: p.message });
    }
    if (errors.length || !parsed.question) throw badRequest("The question is not valid yet.", errors);
    return parsed.question;
  }

  async function readable(user: Author | undefined, id: string) {
    const row = await repo.findWithAuthor(id);
    if (!row || !canRead(user, row)) throw notFound(`No question with id "${id}".`);
    return row;
  }

  async function editable(user: Author, id: string) {
    const row = await repo.findById(id);
    if (!row || row.status === "retired") throw notFound(`No question with id "${id}".`);
    if (row.status !== "draft") throw conflict(`"${id}" is ${row.status}: only drafts can be edited here; published questions change by pull request.`);
    if (!canEdit(user, row)) throw forbidden("You can edit only your own drafts.");
    return row;
  }

  async function reload(id: string): Promise<AuthoredQuestion> {
    const row = await repo.findWithAuthor(id);
    if (!row) throw notFound(`No question with id "${id}".`);
    return present(row);
  }

  const draftRow = (q: Question, authorId: string | null) => ({ ...questionToRow(q), status: "draft" as const, source: "app" as const, authorId });

  return {
    /** The caller's drafts; an admin sees every draft awaiting publication. */
    async list(user: Author): Promise<DraftList> {
      const rows = await repo.listDrafts(isAdmin(user) ? undefined : user.id);
      return { items: rows.map((r) => ({ ...r, mine: r.authorId === user.id, updatedAt: r.updatedAt.toISOString() })) };
    },

    async get(user: Author, id: string): Promise<AuthoredQuestion> {
      return present(await readable(user, id));
    },

    async create(user: Author, input: QuestionDraftData): Promise<AuthoredQuestion> {
      const question = await validateDraft(input);
      const inserted = await repo.insertDraft(draftRow(question, user.id));
      if (!inserted) throw conflict(`A question with id "${input.id}" already exists.`, [{ field: "body.id", message: "is already taken: choose another id" }]);
      return reload(inserted.id);
    },

    async update(user: Author, id: string, input: QuestionDraftData): Promise<AuthoredQuestion> {
      const row = await editable(user, id);
      if (input.id !== id) throw badRequest("The id of a question cannot change.", [{ field: "body.id", message: `must stay "${id}"` }]);
      const question = await validateDraft(input);
      const { authorId: _keep, ...patch } = draftRow(question, row.authorId);
      if (!(await repo.updateDraft(id, patch))) throw conflict(`"${id}" was published meanwhile: it can no longer be edited here.`);
      return reload(id);
    },

    /** Admins only (the route enforces the role): the draft joins the bank. */
    async publish(id: string): Promise<AuthoredQuestion> {
      const row = await repo.findWithAuthor(id);
      if (!row || row.status === "retired") throw notFound(`No question with id "${id}".`);
      if (row.status !== "draft") throw conflict(`"${id}" is already published.`);
      // Validate again: a related question may have been retired since the draft was saved.
      await validateDraft(draftData(row));
      if (!(await repo.publishDraft(id))) throw conflict(`"${id}" is already published.`);
      return reload(id);
    },

    /** The question in the exact content file format, and the path it belongs at. */
    async markdown(user: Author | undefined, id: string): Promise<{ path: string; markdown: string }> {
      const question = draftData(await readable(user, id));
      return { path: `content/${questionFilePath(question)}`, markdown: questionToMarkdown(question) };
    },

    /**
     * A question file becomes a draft of the caller's, or replaces one they may edit
     * (export, edit offline, import again). Errors name the file, line and field.
     */
    async importMarkdown(user: Author, body: ImportBody): Promise<{ question: AuthoredQuestion; created: boolean }> {
      const path = importPath(body.markdown, body.fileName);
      const parsed = parseQuestionFile(path, body.markdown);
      const fail = (errors: ContentFieldError[]) =>
        badRequest(`${path} has ${errors.length} problem${errors.length === 1 ? "" : "s"}.`, errors);
      if (!parsed.question) throw fail(parsed.errors.map((e) => ({ field: e.field ?? "markdown", message: e.message, file: e.file, ...(e.line ? { line: e.line } : {}) })));

      const question = parsed.question;
      const related = await relatedProblems(question);
      if (related.length) {
        const front = parseFrontMatter(body.markdown);
        throw fail(related.map((p) => ({ field: `related.${p.index}`, message: p.message, file: path, ...("lineOf" in front ? { line: front.lineOf(["related", p.index]) } : {}) })));
      }

      const existing = await repo.findById(question.id);
      if (existing) {
        if (!canEdit(user, existing)) {
          throw conflict(`A question with id "${question.id}" already exists.`, [{ field: "id", message: "is already taken: change the id to import this file as a new draft" }]);
        }
        const { authorId: _keep, ...patch } = draftRow(question, existing.authorId);
        if (!(await repo.updateDraft(question.id, patch))) throw conflict(`"${question.id}" was published meanwhile.`);
        return { question: await reload(question.id), created: false };
      }
      const inserted = await repo.insertDraft(draftRow(question, user.id));
      if (!inserted) throw conflict(`A question with id "${question.id}" already exists.`, [{ field: "id", message: "is already taken" }]);
      return { question: await reload(question.id), created: true };
    },

    /** Published questions matching the bank's filters, as an Anki import file. */
    async ankiExport(query: AnkiExportQuery): Promise<string> {
      const search = query.q?.replace(/[\u0000-\u001f]/g, " ").slice(0, 500);
      const rows = await repo.listForExport({ ...query, search, limit: ANKI_EXPORT_LIMIT });
      return toAnkiText(
        rows.map((r) => ({ ...r, keyPoints: (r.body as QuestionBody).keyPoints.map((k) => k.text) })),
      );
    },
  };
}

/**
 * Where an imported file would live: from the uploaded file's name when given (so a
 * misnamed file is reported like the CLI does), else from its own id and topic.
 */
function importPath(markdown: string, fileName?: string): string {
  const front = parseFrontMatter(markdown);
  const data = "data" in front && typeof front.data === "object" && front.data !== null ? (front.data as Record<string, unknown>) : {};
  const id = typeof data.id === "string" && data.id ? data.id : "question";
  const topic = typeof data.topic === "string" && data.topic ? data.topic : "unknown";
  const parts = (fileName ?? "").replace(/\\/g, "/").split("/").filter(Boolean);
  const name = parts.at(-1) ?? `${id}.md`;
  const folder = parts.length > 1 ? parts.at(-2)! : topic;
  return `questions/${folder}/${name}`;
}

export type AuthoringService = ReturnType<typeof createAuthoringService>;
