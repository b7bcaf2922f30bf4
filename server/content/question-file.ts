/**
 * Reads one question file (content/questions/<topic>/<id>.md) into a validated
 * question, or into errors that name the file, line and field.
 */
import { createHash } from "node:crypto";
import { basename, dirname } from "node:path";
import { questionFrontMatterSchema, type QuestionFrontMatter } from "../../common/content/question-schema";
import type { ContentError } from "./content-error";
import { parseFrontMatter } from "./front-matter";

export interface Question extends QuestionFrontMatter {
  /** The model answer (Markdown). */
  answer: string;
  /** The "say it in 60 seconds" answer (Markdown). */
  shortAnswer: string;
  /** Path relative to the content root, for error messages and exports. */
  file: string;
  /** Hash of the file's text: the loader skips unchanged questions. */
  contentHash: string;
}

const ANSWER_HEADING = "answer";
const SHORT_HEADING = "in 60 seconds";
const MIN_ANSWER_WORDS = 80;

/** Splits a Markdown body into its level-2 sections, keyed by lower-cased heading. */
export function splitSections(body: string): Map<string, { text: string; line: number }> {
  const sections = new Map<string, { text: string; line: number }>();
  let current: { name: string; lines: string[]; line: number } | undefined;
  body.split("\n").forEach((line, i) => {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      if (current) sections.set(current.name, { text: current.lines.join("\n").trim(), line: current.line });
      current = { name: heading[1].toLowerCase(), lines: [], line: i };
    } else current?.lines.push(line);
  });
  if (current) sections.set(current.name, { text: current.lines.join("\n").trim(), line: current.line });
  return sections;
}

export function parseQuestionFile(
  relativePath: string,
  text: string,
): { question: Question; errors: [] } | { question?: undefined; errors: ContentError[] } {
  const file = relativePath;
  const parsed = parseFrontMatter(text);
  if ("error" in parsed) return { errors: [{ file, line: parsed.line, message: parsed.error }] };
  if (parsed.syntaxErrors.length) {
    return { errors: parsed.syntaxErrors.map((e) => ({ file, line: e.line, message: `YAML: ${e.message}` })) };
  }

  const result = questionFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => ({
        file,
        line: parsed.lineOf(issue.path),
        field: issue.path.join(".") || undefined,
        message: issue.message,
      })),
    };
  }

  const meta = result.data;
  const errors: ContentError[] = [];
  const expectedId = basename(relativePath, ".md");
  if (meta.id !== expectedId) {
    errors.push({ file, line: parsed.lineOf(["id"]), field: "id", message: `id "${meta.id}" must equal the file name "${expectedId}"` });
  }
  const folder = basename(dirname(relativePath));
  if (meta.topic !== folder) {
    errors.push({ file, line: parsed.lineOf(["topic"]), field: "topic", message: `topic "${meta.topic}" must equal the folder "${folder}"` });
  }

  const sections = splitSections(parsed.body);
  const answer = sections.get(ANSWER_HEADING);
  const short = sections.get(SHORT_HEADING);
  if (!answer?.text) {
    errors.push({ file, line: parsed.bodyLine, field: "body", message: 'missing a non-empty "## Answer" section' });
  } else if (answer.text.split(/\s+/).length < MIN_ANSWER_WORDS) {
    errors.push({ file, line: parsed.bodyLine + answer.line, field: "body", message: `the model answer must have at least ${MIN_ANSWER_WORDS} words` });
  }
  if (!short?.text) {
    errors.push({ file, line: parsed.bodyLine, field: "body", message: 'missing a non-empty "## In 60 seconds" section' });
  }
  if (errors.length || !answer || !short) return { errors };

  return {
    errors: [],
    question: {
      ...meta,
      answer: answer.text,
      shortAnswer: short.text,
      file,
      contentHash: createHash("sha256").update(text).digest("hex").slice(0, 16),
    },
  };
}
