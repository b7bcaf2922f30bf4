/** A problem found in a content file, precise enough for an author to fix it. */
export interface ContentError {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatContentError(e: ContentError): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file;
  return `${where}${e.field ? ` ${e.field}` : ""}: ${e.message}`;
}
