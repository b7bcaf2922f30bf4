import { describe, expect, it } from "vitest";
import { valuesMatch } from "./compare";

describe("valuesMatch", () => {
  it("exact: deep equality, key order ignored, types strict", () => {
    expect(valuesMatch([[1, 3]], [[1, 3]], "exact")).toBe(true);
    expect(valuesMatch({ a: 1, b: [2] }, { b: [2], a: 1 }, "exact")).toBe(true);
    expect(valuesMatch([[3, 1]], [[1, 3]], "exact")).toBe(false);
    expect(valuesMatch("1", 1, "exact")).toBe(false);
    expect(valuesMatch(null, 0, "exact")).toBe(false);
    expect(valuesMatch({ a: 1 }, { a: 1, b: undefined }, "exact")).toBe(false);
    expect(valuesMatch(0.1 + 0.2, 0.3, "exact")).toBe(false);
  });

  it("unordered: the top-level array is a multiset", () => {
    expect(valuesMatch([[2, 3], [1]], [[1], [2, 3]], "unordered")).toBe(true);
    expect(valuesMatch([1, 1, 2], [1, 2, 2], "unordered")).toBe(false);
    expect(valuesMatch([[3, 2]], [[2, 3]], "unordered")).toBe(false); // only the top level is unordered
    expect(valuesMatch([{ a: 1, b: 2 }], [{ b: 2, a: 1 }], "unordered")).toBe(true);
  });

  it("float: 1e-6 relative tolerance, recursively", () => {
    expect(valuesMatch(0.1 + 0.2, 0.3, "float")).toBe(true);
    expect(valuesMatch([1000000.5], [1000000.4], "float")).toBe(true);
    expect(valuesMatch([1.001], [1], "float")).toBe(false);
    expect(valuesMatch(1e-12, 0, "float")).toBe(true);
  });

  it("class problems compare each op result on its own", () => {
    expect(valuesMatch([null, [2, 1]], [null, [1, 2]], "unordered", true)).toBe(true);
    expect(valuesMatch([null, 1], [null, 1, 2], "exact", true)).toBe(false);
    expect(valuesMatch("not an array", [1], "exact", true)).toBe(false);
  });
});
