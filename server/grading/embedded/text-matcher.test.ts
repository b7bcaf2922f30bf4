import { describe, expect, it } from "vitest";
import { textWindow } from "./answer-units";
import { compileText } from "./rubric-compiler";
import { isContradiction } from "./signals";
import { matchText } from "./text-matcher";

const match = (rubric: string, answer: string) => matchText(compileText(rubric, new Set()), textWindow(answer));

describe("matchText", () => {
  it("matches domain synonyms and multi-word terms", () => {
    expect(match("reduces load on the database", "it cuts load on the db").coverage).toBeGreaterThan(0.8);
    expect(match("set a time to live on each key", "set a TTL on each key").coverage).toBeGreaterThan(0.8);
  });

  it("lets one answer word stand for one rubric term only", () => {
    const m = match("every insert and update must update the index", "writes");
    expect(m.matched).toBe(1);
  });

  it("does not count negated or reversed terms as coverage, and reports the reversal", () => {
    const affirmed = match("caching reduces latency", "caching reduces latency");
    const negated = match("caching reduces latency", "caching does not reduce latency");
    const opposite = match("caching reduces latency", "caching increases latency");
    expect(affirmed.coverage).toBeCloseTo(1);
    expect(negated.coverage).toBeLessThan(0.5);
    expect(negated.reversed).toBeGreaterThan(0.5);
    expect(opposite.antonym).toBe(true);
    expect(opposite.coverage).toBeLessThan(0.8);
  });

  it("does not see an opposite where the term itself is affirmed", () => {
    const m = match("reduces latency", "it reduces latency and increases throughput");
    expect(m.antonym).toBe(false);
    expect(m.reversed).toBe(0);
  });

  it("hears one opposite word as a denial of the whole statement, however many nouns agree", () => {
    const m = match("Caching reduces latency and load on the database", "Caching increases latency and adds load on the database.");
    expect(m.antonym).toBe(true);
    expect(isContradiction(m)).toBe(true);
    expect(isContradiction(match("Indexes slow down writes", "An index makes writes faster."))).toBe(true);
    expect(isContradiction(match("Stateless services scale horizontally easily", "Stateless services are harder to scale horizontally."))).toBe(true);
  });

  it("ignores an opposite word that is far from the statement's other words", () => {
    const m = match("reduces latency", "Latency is what users feel, and over the years the team has kept adding more and more servers.");
    expect(m.antonym).toBe(false);
  });

  it("reads a denied opposite as the term itself", () => {
    const m = match("caching reduces latency", "caching doesn't increase latency");
    expect(isContradiction(m)).toBe(false);
    expect(m.coverage).toBeGreaterThan(0.8);
  });

  it("accepts either polarity for a term the rubric itself says both ways", () => {
    const rubric = "A queue decouples producer and consumer: the producer does not wait for the consumer to finish the work";
    const m = match(rubric, "The producer doesn't wait for the consumer to finish the work.");
    expect(m.reversed).toBe(0);
    expect(isContradiction(m)).toBe(false);
  });

  it("measures a denial as if it were affirmed when asked to ignore polarity", () => {
    const rubric = compileText("messages are delivered again, so work is not lost", new Set());
    const denial = textWindow("the messages are not delivered again, so the work is lost");
    expect(isContradiction(matchText(rubric, denial))).toBe(true);
    const twin = matchText(rubric, denial, { ignorePolarity: true });
    expect(twin.reversed).toBe(0);
    expect(twin.coverage).toBeGreaterThan(0.8);
  });

  it("agrees with a rubric that names a harm when the answer says an action averts it", () => {
    const m = match("cached data can go stale, so you need an invalidation strategy", "Entries get a TTL or are deleted on write so they do not go stale.");
    expect(isContradiction(m)).toBe(false);
    expect(isContradiction(match("cached data can go stale", "Cached data never goes stale."))).toBe(true);
  });

  it("hears backend opposites: kept against lost, succeeding against failing, stricter against looser", () => {
    expect(isContradiction(match("the in-memory state is lost and users are logged out", "the in-memory state is kept, so users stay logged in"))).toBe(true);
    expect(isContradiction(match("an SLA is usually looser than the SLO", "the SLA should be set stricter than the SLO"))).toBe(true);
    expect(isContradiction(match("opens after failures exceed a threshold", "opens while calls are succeeding"))).toBe(true);
  });

  it("hears a statement that hands one party's role to the other, whatever the clause order", () => {
    const rubric = "Requests are what the scheduler reserves to place a pod; limits are enforced caps at runtime";
    const swapped = match(rubric, "Limits are what the scheduler reserves to place a pod, and requests are the caps enforced at runtime.");
    expect(swapped.swapped).toBe(true);
    expect(isContradiction(swapped)).toBe(true);
    expect(match(rubric, "Requests are what the scheduler reserves to place a pod; limits are caps enforced at runtime.").swapped).toBe(false);
    expect(match(rubric, "Limits are caps enforced at runtime, while requests are what the scheduler reserves to place a pod.").swapped).toBe(false);
  });

  it("hears swapped qualities and a predicate given to the other party named in the answer", () => {
    const ttl = "long TTLs reduce lookups and latency, short TTLs let failover take effect quickly";
    expect(match(ttl, "A short TTL reduces lookups and latency, while a long TTL lets failover take effect quickly.").swapped).toBe(true);
    expect(match(ttl, "Short TTLs let failover take effect quickly; long TTLs reduce lookups and latency.").swapped).toBe(false);
    const cp = "a CP system refuses requests on the minority side";
    expect(match(cp, "A CP system keeps serving the majority, while an AP system refuses requests on the minority side.").swapped).toBe(true);
    expect(match(cp, "An AP system keeps answering, while a CP system refuses requests on the minority side.").swapped).toBe(false);
  });

  it("does not compare roles in a window that states little of the text", () => {
    expect(match("Requests are what the scheduler reserves to place a pod; limits are enforced caps at runtime", "Limits and requests both matter.").swapped).toBe(false);
  });
});
