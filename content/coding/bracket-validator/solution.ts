const OPENER: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function firstBracketError(s: string): number {
  const stack: number[] = []; // indices of unclosed opening brackets
  let stringStart = -1; // index of the opening quote while inside a string
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (stringStart >= 0) {
      if (ch === "\\") i++; // skip the escaped character
      else if (ch === '"') stringStart = -1;
    } else if (ch === '"') {
      stringStart = i;
    } else if (ch === "(" || ch === "[" || ch === "{") {
      stack.push(i);
    } else if (ch in OPENER) {
      if (stack.length === 0 || s[stack[stack.length - 1]!] !== OPENER[ch]) return i;
      stack.pop();
    }
  }
  if (stringStart >= 0) return stringStart;
  return stack.length > 0 ? stack[0]! : -1;
}
