type RequestLine =
  | { method: string; target: string; version: string; form: "origin" | "absolute" | "authority" | "asterisk" }
  | { error: string };

function parseRequestLine(line: string): RequestLine {
  return { error: "malformed" };
}
