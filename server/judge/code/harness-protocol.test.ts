import { describe, expect, it } from "vitest";
import { parseHarnessChannel } from "./harness-protocol";

const N = "abc123";

describe("parseHarnessChannel", () => {
  it("reads results, errors and the end marker", () => {
    const text = `${N} R 0 0.5 [1,2]\n${N} E 1 0.1 {"type":"TypeError","message":"x"}\n${N} D 2 0 {}\n`;
    const r = parseHarnessChannel(text, N, 2);
    expect(r.tampered).toBeUndefined();
    expect(r.done).toBe(true);
    expect(r.cases.get(0)).toMatchObject({ ok: true, value: [1, 2], timeMs: 0.5 });
    expect(r.cases.get(1)).toMatchObject({ ok: false, error: { type: "TypeError", message: "x" } });
  });

  it("rejects a line without this run's nonce", () => {
    expect(parseHarnessChannel(`other R 0 0.1 3\n`, N, 1).tampered).toMatch(/did not come from the harness/);
  });

  it("rejects a duplicate or out-of-range case index", () => {
    expect(parseHarnessChannel(`${N} R 0 0.1 3\n${N} R 0 0.1 4\n`, N, 1).tampered).toMatch(/duplicate/);
    expect(parseHarnessChannel(`${N} R 5 0.1 3\n`, N, 1).tampered).toMatch(/unknown case index 5/);
  });

  it("rejects an end marker before every case reported, and lines after it", () => {
    expect(parseHarnessChannel(`${N} D 2 0 {}\n`, N, 2).tampered).toMatch(/without a result/);
    expect(parseHarnessChannel(`${N} R 0 0.1 3\n${N} D 1 0 {}\n${N} R 0 0.1 3\n`, N, 1).tampered).toMatch(/after the end/);
  });

  it("ignores a final line cut off by a kill", () => {
    const r = parseHarnessChannel(`${N} R 0 0.1 3\n${N} R 1 0.1 [1,`, N, 2);
    expect(r.tampered).toBeUndefined();
    expect(r.cases.size).toBe(1);
    expect(r.done).toBe(false);
  });

  it("rejects invalid JSON", () => {
    expect(parseHarnessChannel(`${N} R 0 0.1 [1,\n`, N, 1).tampered).toMatch(/invalid JSON/);
  });

  it("separates compile errors and setup errors", () => {
    expect(parseHarnessChannel(`${N} C -1 0 {"type":"SyntaxError","message":"bad"}\n`, N, 1).compileError?.message).toBe("bad");
    expect(parseHarnessChannel(`${N} E -1 0 {"type":"ReferenceError","message":"x"}\n`, N, 1).setupError?.type).toBe("ReferenceError");
  });
});
