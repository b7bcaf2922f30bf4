import { cp, mkdtemp, rm, writeFile, mkdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCodingProblem, loadCodingProblems } from "./problem-loader";

const CODING = fileURLToPath(new URL("../../../content/coding/", import.meta.url));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "coding-loader-"));
  await mkdir(join(root, "coding"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function copyProblem(slug: string): Promise<string> {
  const dir = join(root, "coding", slug);
  await cp(join(CODING, slug), dir, { recursive: true });
  return dir;
}

describe("loadCodingProblem", () => {
  it("loads merge-intervals with every part typed", async () => {
    const { problem, errors } = await loadCodingProblem(join(CODING, "merge-intervals"));
    expect(errors).toEqual([]);
    expect(problem).toMatchObject({ id: "merge-intervals", kind: "function", entry: "merge", compare: "exact", timeLimitMs: 2000, memoryMb: 256 });
    expect(problem!.statement).toMatch(/Merge every group/);
    expect(Object.keys(problem!.solutions).sort()).toEqual(["js", "py", "ts"]);
    expect(problem!.starters.py).toMatch(/def merge/);
    expect(problem!.mutants.length).toBeGreaterThanOrEqual(1);
    expect(problem!.tests.examples[0]).toMatchObject({ name: "overlapping pairs", expected: [[1, 6], [8, 10], [15, 18]] });
    expect(problem!.editorial).toMatch(/## Approach/);
  });

  it("loads lru-cache as a class problem with ctor/ops/args", async () => {
    const { problem, errors } = await loadCodingProblem(join(CODING, "lru-cache"));
    expect(errors).toEqual([]);
    expect(problem!.kind).toBe("class");
    expect(problem!.tests.hidden[0]).toMatchObject({ ctor: [1], ops: ["put", "get", "put", "get", "get"] });
  });

  it("names the file, line and field of a bad front-matter value", async () => {
    const dir = await copyProblem("merge-intervals");
    const md = await readFile(join(dir, "problem.md"), "utf8");
    await writeFile(join(dir, "problem.md"), md.replace("difficulty: medium", "difficulty: brutal").replace("compare: exact", "compare: fuzzy"));
    const { problem, errors } = await loadCodingProblem(dir);
    expect(problem).toBeUndefined();
    expect(errors).toContainEqual(expect.objectContaining({ file: "coding/merge-intervals/problem.md", line: 4, field: "difficulty" }));
    expect(errors).toContainEqual(expect.objectContaining({ field: "compare" }));
  });

  it("rejects an id that differs from the folder, unknown keys and a bad entry", async () => {
    const dir = await copyProblem("merge-intervals");
    const md = await readFile(join(dir, "problem.md"), "utf8");
    await writeFile(join(dir, "problem.md"), md.replace("id: merge-intervals", "id: merge-ranges").replace("entry: merge", "entry: merge-it\nauthor: me"));
    const { errors } = await loadCodingProblem(dir);
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(["entry"]));
    expect(errors.some((e) => /author/.test(e.message))).toBe(true);
  });

  it("reports missing files and an empty mutants folder", async () => {
    const dir = await copyProblem("merge-intervals");
    await rm(join(dir, "solution.py"));
    await rm(join(dir, "editorial.md"));
    await rm(join(dir, "mutants"), { recursive: true });
    const { errors } = await loadCodingProblem(dir);
    const files = errors.map((e) => e.file);
    expect(files).toContain("coding/merge-intervals/solution.py");
    expect(files).toContain("coding/merge-intervals/editorial.md");
    expect(files).toContain("coding/merge-intervals/mutants");
  });

  it("points at the line of a bad test case and at JSON syntax errors", async () => {
    const dir = await copyProblem("lru-cache");
    const tests = JSON.parse(await readFile(join(dir, "tests.json"), "utf8"));
    tests.hidden[1].expected = [null];
    await writeFile(join(dir, "tests.json"), JSON.stringify(tests, null, 2));
    const { errors } = await loadCodingProblem(dir);
    const err = errors.find((e) => e.field === "hidden[1].expected");
    expect(err?.message).toMatch(/1 entries for 3 ops/);
    expect(err?.line).toBeGreaterThan(10);

    await writeFile(join(dir, "tests.json"), '{\n  "examples": [\n    {"name": "x",\n  ]\n}');
    const syntax = await loadCodingProblem(dir);
    expect(syntax.errors[0]?.message).toMatch(/invalid JSON/);
    expect(syntax.errors[0]?.line).toBe(4);
  });

  it("rejects duplicate case names and a solution without the entry", async () => {
    const dir = await copyProblem("merge-intervals");
    const tests = JSON.parse(await readFile(join(dir, "tests.json"), "utf8"));
    tests.hidden[0].name = tests.examples[0].name;
    await writeFile(join(dir, "tests.json"), JSON.stringify(tests));
    await writeFile(join(dir, "solution.js"), "function combine(x) { return x; }\n");
    const { errors } = await loadCodingProblem(dir);
    expect(errors).toContainEqual(expect.objectContaining({ field: "hidden[0].name", message: expect.stringMatching(/duplicate/) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "coding/merge-intervals/solution.js", field: "entry" }));
  });
});

describe("loadCodingProblems", () => {
  it("loads every folder and collects errors across folders", async () => {
    await copyProblem("merge-intervals");
    await copyProblem("lru-cache");
    await mkdir(join(root, "coding", "half-written"));
    await writeFile(join(root, "coding", "stray.md"), "x");
    const { problems, errors } = await loadCodingProblems(join(root, "coding"));
    expect(problems.map((p) => p.id)).toEqual(["lru-cache", "merge-intervals"]);
    expect(errors).toContainEqual(expect.objectContaining({ file: "coding/half-written/problem.md", message: "missing file" }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "coding/stray.md" }));
  });

  it("returns nothing for a missing directory", async () => {
    expect(await loadCodingProblems(join(root, "nope"))).toEqual({ problems: [], errors: [] });
  });
});
