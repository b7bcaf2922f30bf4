/** `backprep content check`: validate content/ and print the counts (CI runs it). */
import { resolve } from "node:path";
import type { Command } from "commander";
import { REPO_ROOT } from "../../server/config";
import { checkContent } from "../../server/content/check-content";
import { formatContentError } from "../../server/content/content-error";

export function registerContentCommands(program: Command) {
  const content = program.command("content").description("work with the question bank and problems in content/");
  content
    .command("check")
    .description("validate every content file; exit 1 when any is invalid")
    .option("--json", "print the report as one JSON document")
    .option("--notices", "also list what works but could be better (misconception patterns the grader ignores)")
    .option("--dir <dir>", "the content folder", resolve(REPO_ROOT, "content"))
    .action(async (opts: { json?: boolean; notices?: boolean; dir: string }) => {
      const report = await checkContent(resolve(opts.dir));
      if (opts.json) {
        console.log(JSON.stringify(report));
      } else {
        for (const e of report.errors) console.error(formatContentError(e));
        if (opts.notices) for (const n of report.notices) console.error(`notice: ${formatContentError(n)}`);
        const topics = Object.entries(report.topics).map(([t, n]) => `${t} ${n}`).join(", ");
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
        const notices = report.notices.length ? `; ${plural(report.notices.length, "notice")}${opts.notices ? "" : " (--notices lists them)"}` : "";
        console.log(`${report.questions} questions (${topics}); ${report.coding} coding, ${report.sql} SQL, ${report.design} design problems; ${plural(report.errors.length, "error")}${notices}`);
      }
      if (report.errors.length) process.exitCode = 1;
    });
}
