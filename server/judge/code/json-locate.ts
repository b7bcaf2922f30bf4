// Finds the line of a value inside a JSON text by its path (["hidden", 3, "expected"]), so content
// errors in tests.json can point at a line. A linear scan: a full YAML parse of a 200 KB tests
// file takes seconds, this takes milliseconds. Assumes the text is valid JSON.

const STRING = /"(?:[^"\\]|\\.)*"/y;

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function skipString(text: string, i: number): number {
  STRING.lastIndex = i;
  const m = STRING.exec(text);
  return m ? i + m[0].length : text.length;
}

/** Index just after the value starting at i. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c !== "{" && c !== "[") {
    while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') i = skipString(text, i) - 1;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return i;
}

/** Offset of the value at `path`, or of the deepest ancestor found. */
function locate(text: string, path: ReadonlyArray<PropertyKey>): number {
  let i = skipSpace(text, 0);
  for (const key of path) {
    const open = text[i];
    if (open === "[" && typeof key === "number") {
      i = skipSpace(text, i + 1);
      for (let n = 0; n < key && text[i] !== "]"; n++) i = skipSpace(text, skipSpace(text, skipValue(text, i)) + 1);
      if (text[i] === "]") return i;
    } else if (open === "{") {
      i = skipSpace(text, i + 1);
      let found = false;
      while (i < text.length && text[i] !== "}") {
        const end = skipString(text, i);
        const name = JSON.parse(text.slice(i, end)) as string;
        i = skipSpace(text, skipSpace(text, end) + 1); // past the colon
        if (name === String(key)) {
          found = true;
          break;
        }
        i = skipSpace(text, skipValue(text, i));
        if (text[i] === ",") i = skipSpace(text, i + 1);
      }
      if (!found) return i;
    } else return i;
  }
  return i;
}

export function jsonLineOf(text: string, path: ReadonlyArray<PropertyKey>): number {
  const offset = locate(text, path);
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
