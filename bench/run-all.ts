/**
 * `npm run bench`: every benchmark, one after another in its own process (so one
 * cannot warm or starve another), each printing its figures and its same-run baseline.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const BENCHES = [
  ["HTTP: DB-backed read route vs raw node:http", "http.ts"],
  ["Question search over the whole bank", "search.ts"],
  ["Today and Progress APIs with 5,000 review logs", "today.ts"],
  ["Answer grader: quality and latency", "grader.ts"],
  ["Coding judge: submit → verdict", "code-judge.ts"],
  ["SQL judge: warm verdicts", "sql-judge.ts"],
] as const;

const only = process.argv.slice(2);
let failed = 0;
for (const [title, file] of BENCHES) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n=== ${title} (bench/${file})`);
  const result = spawnSync(process.execPath, ["--import", "tsx", resolve(import.meta.dirname, file)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(`bench/${file} exited with ${result.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
