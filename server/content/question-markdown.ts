/**
 * Writes a question back in the content file format (content/questions/<topic>/<id>.md),
 * in the house style of the hand-written files: ids and slugs plain, prose double-quoted,
 * short lists in flow style. A question authored in the app becomes a file that can be
 * committed as is, and `parseQuestionFile` reads it back to the same data.
 */
import { Document, isSeq, visit } from "yaml";
import type { QuestionDraftData } from "../../common/api/authoring";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FLOW_LISTS = ["tags", "collections", "related"] as const;

/** The relative path a question's file has under content/. */
export const questionFilePath = (q: { id: string; topic: string }) => `questions/${q.topic}/${q.id}.md`;

const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, "\n").trim();

/** Serialises a question to the text of its Markdown file. */
export function questionToMarkdown(q: QuestionDraftData): string {
  // Key order as documented in docs/content-format.md; optional empty lists are left out.
  const front = {
    id: q.id,
    title: q.title,
    topic: q.topic,
    tags: q.tags,
    difficulty: q.difficulty,
    level: q.level,
    ...(q.collections.length ? { collections: q.collections } : {}),
    keyPoints: q.keyPoints.map((k) => ({ text: k.text, weight: k.weight, phrasings: k.phrasings })),
    ...(q.misconceptions.length ? { misconceptions: q.misconceptions.map((m) => ({ claim: m.claim, patterns: m.patterns, correction: m.correction })) } : {}),
    followUps: q.followUps,
    related: q.related,
    references: q.references.map((r) => ({ title: r.title, url: r.url })),
  };

  const doc = new Document(front);
  for (const key of FLOW_LISTS) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  visit(doc, {
    Scalar(key, node) {
      // Map keys stay plain. The library still quotes a "plain" value that would read back as
      // another type (e.g. "123", "null"), so slugs are safe as plain.
      if (key === "key") node.type = "PLAIN";
      else if (typeof node.value === "string") node.type = SLUG.test(node.value) ? "PLAIN" : "QUOTE_DOUBLE";
    },
  });
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
  return `---\n${yaml}---\n## Answer\n\n${normaliseNewlines(q.answer)}\n\n## In 60 seconds\n\n${normaliseNewlines(q.shortAnswer)}\n`;
}
