import { describe, expect, it } from "vitest";
import { textWindow } from "./answer-units";

const negatedStems = (text: string) => textWindow(text).units.filter((u) => u.negated).map((u) => u.stem);

describe("negation scope", () => {
  it("covers the words after a cue up to the end of the clause", () => {
    expect(negatedStems("Caching does not reduce latency, but it adds load.")).toEqual(["reduc", "latenc"]);
    expect(negatedStems("It isn't faster")).toEqual(["faster"]);
    expect(negatedStems("It never scales.")).toEqual(["scale"]);
  });

  it("runs backwards from a cue that ends its clause", () => {
    expect(negatedStems("GET and PUT are idempotent, POST and PATCH aren't.")).toEqual(["post", "and", "patch", "ar"]);
  });

  it("ignores cues that assert ('not only') and treats 'skip'/'avoid' as polarity cues", () => {
    expect(negatedStems("It not only caches but also compresses.")).toEqual([]);
    expect(negatedStems("Repeated reads skip the database.")).toEqual(["databas"]);
  });
});
