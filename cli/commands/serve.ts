/** `backprep serve`: the web app and API (what `npm start` runs). */
import type { Command } from "commander";

export function registerServeCommand(program: Command) {
  program
    .command("serve")
    .description("start the web app and API (PORT, DATA_DIR, DATABASE_URL from the environment)")
    .action(async () => {
      const { startServer } = await import("../../server/main");
      await startServer();
    });
}
