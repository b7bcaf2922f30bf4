import { describe, expect, it } from "vitest";
import { relationsOf } from "./wordnet";

describe("relationsOf (WordNet 3.1)", () => {
  it("returns first-sense synonyms and antonyms, from inflected forms too", () => {
    expect(relationsOf("increase").antonyms).toContain("decrease");
    expect(relationsOf("stale").antonyms).toContain("fresh");
    expect(relationsOf("reduces").synonyms).toContain("cut");
  });

  it("returns nothing for unknown words and caches results", () => {
    expect(relationsOf("kubernetesy")).toEqual({ synonyms: [], antonyms: [] });
    expect(relationsOf("increase")).toBe(relationsOf("increase"));
  });
});
