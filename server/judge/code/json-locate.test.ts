import { describe, expect, it } from "vitest";
import { jsonLineOf } from "./json-locate";

const TEXT = `{
  "examples": [
    {"name": "a, [b]", "args": [[1, 2]], "expected": 3}
  ],
  "hidden": [
    {"name": "x", "args": [1], "expected": 2},
    {
      "name": "y",
      "args": [{"k": "}"}],
      "expected": 4
    }
  ]
}`;

describe("jsonLineOf", () => {
  it("finds nested values by path, skipping strings with brackets", () => {
    expect(jsonLineOf(TEXT, ["examples", 0])).toBe(3);
    expect(jsonLineOf(TEXT, ["hidden", 0, "expected"])).toBe(6);
    expect(jsonLineOf(TEXT, ["hidden", 1])).toBe(7);
    expect(jsonLineOf(TEXT, ["hidden", 1, "expected"])).toBe(10);
  });

  it("falls back to the deepest ancestor it finds", () => {
    expect(jsonLineOf(TEXT, ["hidden", 1, "missing"])).toBe(11);
    expect(jsonLineOf(TEXT, [])).toBe(1);
  });
});
