/**
 * Splits a Markdown file into YAML front matter and body, and maps a field path
 * back to the line it sits on so content errors can say exactly where to look.
 */
import { isNode, LineCounter, parseDocument, type Document } from "yaml";

export interface FrontMatterFile {
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line of the value at `path` (1-based), or of the front matter start when unknown. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  syntaxErrors: { line: number; message: string }[];
}

const FENCE = /^---[ \t]*$/;

export function parseFrontMatter(text: string): FrontMatterFile | { error: string; line: number } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) return { error: "file must start with '---' front matter", line: 1 };
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) return { error: "front matter is not closed by a '---' line", line: 1 };

  const yamlText = lines.slice(1, end).join("\n");
  const counter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true });
  // The YAML starts on file line 2, hence the offset of one.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const syntaxErrors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split("\n")[0] ?? e.message }));

  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    body: lines.slice(end + 1).join("\n"),
    bodyLine: end + 2,
    syntaxErrors,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
      }
      return 1;
    },
  };
}
