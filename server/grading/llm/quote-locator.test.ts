import { describe, expect, it } from "vitest";
import { locateQuote } from "./quote-locator";

const answer = "We keep a copy in Redis.\nIt  reduces   latency — and it’s cheap.";

describe("locateQuote", () => {
  it("finds an exact quote and returns its span", () => {
    const e = locateQuote(answer, "a copy in Redis.")!;
    expect(e.quote).toBe("a copy in Redis.");
    expect(answer.slice(e.start, e.end)).toBe(e.quote);
  });

  it("forgives whitespace, case, typographic apostrophes and wrapping quotes, but quotes the original", () => {
    const e = locateQuote(answer, '"it reduces latency — and it\'s CHEAP"')!;
    expect(e.quote).toBe("It  reduces   latency — and it’s cheap");
    expect(answer.slice(e.start, e.end)).toBe(e.quote);
  });

  it("rejects text that is not in the answer, and trivially short quotes", () => {
    expect(locateQuote(answer, "caching makes reads faster")).toBeUndefined();
    expect(locateQuote(answer, "We")).toBeUndefined();
  });
});
