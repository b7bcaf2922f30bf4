import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { tokenize } from "./tokens";

describe("tokenize", () => {
  it("keeps offsets into the original text, stems words and flags negations", () => {
    const text = "Caching doesn't reduce latencies; it never lost data.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toContain(t.norm.slice(0, 3));
    const byNorm = Object.fromEntries(tokens.map((t) => [t.norm, t]));
    expect(byNorm.does?.negation).toBe(true);
    expect(byNorm.never?.negation).toBe(true);
    expect(byNorm.latencies?.stem).toBe(byNorm.latencies && tokenize("latency")[0]!.stem);
    expect(byNorm.lost?.stem).toBe(tokenize("lose")[0]!.stem);
    expect(byNorm.caching?.stop).toBe(false);
  });
});

describe("splitSentences", () => {
  it("splits at sentence punctuation, line breaks and bullets, but not inside node.js or 3.5", () => {
    const text = "Use Node.js 3.5 here. Then cache it!\n- first item\n- second item; third";
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(["Use Node.js 3.5 here.", "Then cache it!", "first item", "second item;", "third"]);
  });
});
