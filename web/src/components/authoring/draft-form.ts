/**
 * The editor's form state and its conversion to and from the API's draft body. Lists the
 * author types one per line (phrasings, patterns, follow-ups) or separated by commas
 * (tags, related) are split here; the server's validator decides what is valid.
 */
import type { QuestionDraftData, QuestionDraftInput } from "../../../../common/api/authoring";

export interface KeyPointForm {
  text: string;
  weight: number;
  /** One phrasing per line. */
  phrasings: string;
}
export interface MisconceptionForm {
  claim: string;
  /** One pattern per line. */
  patterns: string;
  correction: string;
}
export interface ReferenceForm {
  title: string;
  url: string;
}

export interface DraftForm {
  id: string;
  title: string;
  topic: string;
  difficulty: string;
  level: string;
  /** Comma- or space-separated. */
  tags: string;
  collections: string[];
  keyPoints: KeyPointForm[];
  misconceptions: MisconceptionForm[];
  /** One follow-up per line. */
  followUps: string;
  /** Comma- or space-separated ids. */
  related: string;
  references: ReferenceForm[];
  answer: string;
  shortAnswer: string;
}

export const emptyKeyPoint = (): KeyPointForm => ({ text: "", weight: 2, phrasings: "" });
export const emptyMisconception = (): MisconceptionForm => ({ claim: "", patterns: "", correction: "" });
export const emptyReference = (): ReferenceForm => ({ title: "", url: "" });

/** A new question starts with the minimum the checker asks for: 4 key points, 1 reference. */
export function emptyForm(): DraftForm {
  return {
    id: "",
    title: "",
    topic: "fundamentals",
    difficulty: "medium",
    level: "mid",
    tags: "",
    collections: [],
    keyPoints: [emptyKeyPoint(), emptyKeyPoint(), emptyKeyPoint(), emptyKeyPoint()],
    misconceptions: [],
    followUps: "",
    related: "",
    references: [emptyReference()],
    answer: "",
    shortAnswer: "",
  };
}

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const words = (text: string) => text.split(/[\s,]+/).map((w) => w.trim()).filter(Boolean);

export function formToInput(form: DraftForm): QuestionDraftInput {
  return {
    id: form.id.trim(),
    title: form.title,
    topic: form.topic as QuestionDraftInput["topic"],
    tags: words(form.tags),
    difficulty: form.difficulty as QuestionDraftInput["difficulty"],
    level: form.level as QuestionDraftInput["level"],
    collections: form.collections,
    keyPoints: form.keyPoints.map((k) => ({ text: k.text, weight: k.weight, phrasings: lines(k.phrasings) })),
    misconceptions: form.misconceptions.map((m) => ({ claim: m.claim, patterns: lines(m.patterns), correction: m.correction })),
    followUps: lines(form.followUps),
    related: words(form.related),
    references: form.references.map((r) => ({ title: r.title, url: r.url.trim() })),
    answer: form.answer,
    shortAnswer: form.shortAnswer,
  };
}

export function questionToForm(q: QuestionDraftData): DraftForm {
  return {
    id: q.id,
    title: q.title,
    topic: q.topic,
    difficulty: q.difficulty,
    level: q.level,
    tags: q.tags.join(", "),
    collections: q.collections,
    keyPoints: q.keyPoints.map((k) => ({ text: k.text, weight: k.weight, phrasings: k.phrasings.join("\n") })),
    misconceptions: q.misconceptions.map((m) => ({ claim: m.claim, patterns: m.patterns.join("\n"), correction: m.correction })),
    followUps: q.followUps.join("\n"),
    related: q.related.join(", "),
    references: q.references.map((r) => ({ title: r.title, url: r.url })),
    answer: q.answer,
    shortAnswer: q.shortAnswer,
  };
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The server's messages for one form field: errors on the field itself and on anything
 * inside it ("keyPoints.0.phrasings.2" under "keyPoints.0.phrasings" reads "item 3: …").
 */
export function messagesFor(errors: FieldProblem[], path: string): string[] {
  const full = `body.${path}`;
  return errors.flatMap((e) => {
    const field = e.field.startsWith("body.") ? e.field : `body.${e.field}`;
    if (field === full) return [e.message];
    if (!field.startsWith(`${full}.`)) return [];
    const [index, ...rest] = field.slice(full.length + 1).split(".");
    const where = /^\d+$/.test(index ?? "") ? `item ${Number(index) + 1}` : index;
    return [`${[where, ...rest].join(" ")}: ${e.message}`];
  });
}

/** A readable label for an error's field in the summary ("Key point 1 › phrasings"). */
export function fieldLabel(field: string): string {
  const names: Record<string, string> = {
    keyPoints: "Key point",
    misconceptions: "Misconception",
    followUps: "Follow-up",
    references: "Reference",
    related: "Related",
    tags: "Tag",
    shortAnswer: "60-second answer",
    answer: "Model answer",
  };
  const parts = field.replace(/^body\./, "").split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      out.push(`${names[part] ?? part} ${Number(next) + 1}`);
      i++;
    } else out.push(names[part] ?? part);
  }
  return out.join(" › ");
}

/**
 * The server's errors that still apply after an edit: an error is dropped once the value
 * it is about changed (compared per field, and per item in lists).
 */
export function errorsAfterEdit(errors: FieldProblem[], before: DraftForm, after: DraftForm): FieldProblem[] {
  const [a, b] = [formToInput(before), formToInput(after)] as unknown as Record<string, unknown>[];
  const at = (obj: Record<string, unknown> | undefined, key: string, index?: string) => {
    const value = obj?.[key];
    return JSON.stringify(index !== undefined && Array.isArray(value) ? value[Number(index)] : value);
  };
  return errors.filter((e) => {
    const [key = "", index] = e.field.replace(/^body\./, "").split(".");
    const item = index !== undefined && /^\d+$/.test(index) ? index : undefined;
    return at(a, key, item) === at(b, key, item);
  });
}
