// Every coding problem in content/coding, including ones added later: the folder is valid, every
// reference solution is accepted in all three languages and every mutant is not.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeJudge } from "./code-judge";
import { loadCodingProblem } from "./problem-loader";
import { CODE_LANGS, type CodeJudge } from "./types";

const CODING = fileURLToPath(new URL("../../../content/coding/", import.meta.url));
const slugs = readdirSync(CODING, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let judge: CodeJudge;
beforeAll(async () => {
  judge = await createCodeJudge({ uidBase: 61_300, timingRuns: 1 });
});
afterAll(() => judge.close());

describe("content/coding", () => {
  it("holds problems", () => {
    expect(slugs).toEqual(expect.arrayContaining(["lru-cache", "merge-intervals"]));
  });

  describe.each(slugs)("%s", (slug) => {
    it("references are accepted in js, ts and py; mutants are not", { timeout: 180_000 }, async () => {
      const { problem, errors } = await loadCodingProblem(join(CODING, slug));
      expect(errors).toEqual([]);
      if (!problem) return;
      const [references, mutants] = await Promise.all([
        Promise.all(CODE_LANGS.map(async (lang) => ({ lang, v: await judge.judge({ problem, lang, source: problem.solutions[lang], mode: "submit" }) }))),
        Promise.all(problem.mutants.map(async (m) => ({ m, v: await judge.judge({ problem, lang: m.lang, source: m.source, mode: "submit" }) }))),
      ]);
      for (const { lang, v } of references) {
        expect({ lang, verdict: v.verdict, firstFailure: v.firstFailure, stderr: v.stderr }).toEqual({ lang, verdict: "accepted", firstFailure: undefined, stderr: undefined });
      }
      for (const { m, v } of mutants) expect({ mutant: m.file, verdict: v.verdict }).not.toEqual({ mutant: m.file, verdict: "accepted" });
    });
  });
});
