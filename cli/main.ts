/** The `backprep` command line: one subcommand per job, all on the same services as the server. */
import { Command, CommanderError } from "commander";
import { ConfigError } from "../server/config";
import { InvalidContentError } from "../server/services/content-sync";
import { CliError } from "./cli-error";
import { registerContentCommands } from "./commands/content";
import { registerGradeCommand } from "./commands/grade";
import { registerJudgeCodeCommand } from "./commands/judge-code";
import { registerJudgeSqlCommand } from "./commands/judge-sql";
import { registerServeCommand } from "./commands/serve";
import { registerUserCommands } from "./commands/user";

const program = new Command("backprep")
  .description("Backprep: practise backend interviews")
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerContentCommands(program);
registerGradeCommand(program);
const judge = program.command("judge").description("judge a solution against a problem, in a sandbox");
registerJudgeCodeCommand(judge);
registerJudgeSqlCommand(judge);
registerUserCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version are "errors" to commander; exit with what it chose.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof CliError || err instanceof ConfigError || err instanceof InvalidContentError) {
    console.error(`backprep: ${err.message}`);
    process.exitCode = err instanceof CliError ? err.exitCode : 2;
  } else {
    console.error(err);
    process.exitCode = 1;
  }
}
