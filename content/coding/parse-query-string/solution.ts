const HEX = /^[0-9A-Fa-f]{2}$/;
const utf8 = new TextDecoder("utf-8"); // replaces invalid sequences with U+FFFD

function decodeComponent(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "%" && HEX.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(ch === "+" ? 0x20 : ch.charCodeAt(0)); // input is ASCII
    }
  }
  return utf8.decode(new Uint8Array(bytes));
}

function parseQuery(qs: string): Record<string, string[]> {
  const result = new Map<string, string[]>(); // a Map, so names like "__proto__" are plain keys
  const body = qs.startsWith("?") ? qs.slice(1) : qs;
  for (const piece of body.split("&")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    const name = decodeComponent(eq < 0 ? piece : piece.slice(0, eq));
    const value = eq < 0 ? "" : decodeComponent(piece.slice(eq + 1));
    let values = result.get(name);
    if (!values) result.set(name, (values = []));
    values.push(value);
  }
  return Object.fromEntries(result);
}
