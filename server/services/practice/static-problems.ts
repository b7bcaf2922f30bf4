/** Coding and SQL problems as practice items: read from content/ once at start-up. */
import { join } from "node:path";
import { loadCodingProblems } from "../../judge/code/problem-loader";
import { loadSqlContent } from "../../judge/sql/problem-loader";
import type { StaticProblem } from "./catalog";

export async function loadStaticProblems(contentDir: string): Promise<StaticProblem[]> {
  const [coding, sql] = await Promise.all([loadCodingProblems(join(contentDir, "coding")), loadSqlContent(join(contentDir, "sql"), contentDir)]);
  return [
    ...coding.problems.map((p) => ({ itemType: "coding" as const, id: p.id, title: p.title, difficulty: p.difficulty })),
    ...sql.problems.map((p) => ({ itemType: "sql" as const, id: p.id, title: p.title, difficulty: p.difficulty })),
  ];
}
