/**
 * Questions as an Anki deck in Anki's plain-text import format (Anki ≥ 2.1.55 reads the
 * header lines): one note per line, tab-separated fields Front, Back, Tags and a stable
 * GUID, so importing a newer export updates the cards instead of duplicating them.
 * Every field is HTML (`#html:true`) built from escaped text: no markup from content
 * reaches Anki except the few tags written here. See docs/anki.md.
 */

export interface AnkiCard {
  id: string;
  title: string;
  topic: string;
  difficulty: string;
  level: string;
  tags: string[];
  shortAnswer: string;
  keyPoints: string[];
}

export const ANKI_HEADER = ["#separator:tab", "#html:true", "#tags column:3", "#guid column:4"];

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Escaped text with the two inline Markdown marks short answers use: `code` and **bold**. */
function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<b>$1</b>");
}

/** Short answer as paragraphs (blank lines) with line breaks; no raw newline survives. */
function paragraphs(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.split("\n").map(inlineHtml).join("<br>")}</p>`)
    .join("");
}

/** A field may hold neither the separator nor a line break: either would split the note. */
const field = (html: string) => html.replace(/[\t\r\n]+/g, " ");
const tag = (t: string) => t.trim().replace(/\s+/g, "-");

export function ankiBack(card: Pick<AnkiCard, "shortAnswer" | "keyPoints">): string {
  const points = card.keyPoints.map((k) => `<li>${inlineHtml(k)}</li>`).join("");
  return `${paragraphs(card.shortAnswer)}${points ? `<p><b>Key points</b></p><ul>${points}</ul>` : ""}`;
}

export function ankiTags(card: Pick<AnkiCard, "topic" | "difficulty" | "level" | "tags">): string {
  return [`topic::${card.topic}`, `difficulty::${card.difficulty}`, `level::${card.level}`, ...card.tags].map(tag).join(" ");
}

/** The whole file: header lines, then one note per question. */
export function toAnkiText(cards: AnkiCard[]): string {
  const lines = cards.map((c) => [escapeHtml(c.title), ankiBack(c), ankiTags(c), `backprep-${c.id}`].map(field).join("\t"));
  return `${[...ANKI_HEADER, ...lines].join("\n")}\n`;
}
