import { describe, expect, it } from "vitest";
import { answerWindows, textWindow } from "./answer-units";

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

  it("denies what follows 'rather than', as it does after 'instead of'", () => {
    expect(negatedStems("An AP system refuses requests rather than return stale data.")).toEqual(["than", "return", "stale", "data"]);
    expect(negatedStems("I'd rather use Redis.")).toEqual([]);
  });

  it("runs backwards from a cue followed only by words of dismissal, and from a dismissive word", () => {
    expect(negatedStems("Stale statistics don't matter either.")).toEqual(expect.arrayContaining(["stale", "statist"]));
    expect(negatedStems("A per-user salt is unnecessary.")).toEqual(expect.arrayContaining(["salt"]));
    // The dismissive word is the predicate whatever follows it: both word orders deny the threads.
    expect(negatedStems("Threads are useless in Python.")).toEqual(expect.arrayContaining(["thread"]));
    expect(negatedStems("Python threads are useless and you should never use them.")).toEqual(expect.arrayContaining(["python", "thread"]));
    expect(negatedStems("Threads are useless in Python.")).not.toContain("python");
    // "not guaranteed to be" hedges what precedes it, as "isn't" alone would.
    expect(negatedStems("POST and PATCH are not guaranteed to be.")).toEqual(expect.arrayContaining(["post", "patch"]));
    // A remedy said not to work is denied: "prepared statements don't really fix that".
    expect(negatedStems("Prepared statements don't really fix that.")).toEqual(expect.arrayContaining(["prepar", "statement"]));
    expect(negatedStems("Backoff alone doesn't solve it.")).toEqual(expect.arrayContaining(["backoff"]));
    // A "not" followed by its own content denies that content only.
    expect(negatedStems("Stale statistics don't change the plan.")).not.toContain("statist");
  });
});

describe("averted harms", () => {
  const neutralStems = (text: string) => textWindow(text).units.filter((u) => u.neutral).map((u) => u.stem);

  it("reads a 'so … not <harm>' purpose clause as naming the harm, not denying it", () => {
    expect(neutralStems("Entries get a TTL so they do not go stale.")).toEqual(expect.arrayContaining(["stale"]));
    expect(negatedStems("Entries get a TTL so they do not go stale.")).toEqual([]);
  });

  it("keeps the denial when the purpose clause denies something other than a harm", () => {
    expect(negatedStems("Each UPDATE is atomic so you don't need a transaction.")).toEqual(expect.arrayContaining(["need", "transact"]));
    expect(neutralStems("Each UPDATE is atomic so you don't need a transaction.")).toEqual([]);
  });
});

describe("listness", () => {
  const listness = (text: string) => answerWindows(text).sentences[0]!.listness;

  it("is high for a comma list of bare terms, multi-word ones included", () => {
    expect(listness("B-tree, balanced, fan-out, root page, leaf pages, range scan, ORDER BY")).toBeGreaterThanOrEqual(0.75);
    expect(listness("cache, latency, database, TTL, invalidation")).toBe(1);
  });

  it("is low for statements that happen to contain commas", () => {
    expect(listness("GET, PUT and DELETE are idempotent, POST is not.")).toBe(0);
    expect(listness("I would use Redis, Memcached, a CDN and the browser cache, because each layer absorbs reads.")).toBeLessThan(0.75);
  });
});
