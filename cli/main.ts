/** The `backprep` command line: one subcommand per job, all on the same services as the server. */
import { Command, CommanderError } from "commander";
import { ConfigError } from "../server/config";
import { CliError } from "./cli-error";
import { registerServeCommand } from "./commands/serve";
import { registerUserCommands } from "./commands/user";

const program = new Command("backprep")
  .description("Backprep: practise backend interviews")
  .showHelpAfterError()
  .exitOverride();

registerServeCommand(program);
registerUserCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // Help and version are "errors" to commander; exit with what it chose.
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof CliError || err instanceof ConfigError) {
    console.error(`backprep: ${err.message}`);
    process.exitCode = err instanceof CliError ? err.exitCode : 2;
  } else {
    console.error(err);
    process.exitCode = 1;
  }
}
