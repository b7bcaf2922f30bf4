/**
 * The server process: configuration, database, content, HTTP listener, and a
 * graceful shutdown that lets in-flight requests finish and closes the database.
 */
import { buildApp } from "./app";
import { loadConfig } from "./config";
import { createContext } from "./context";
import { openDatabase } from "./db/database";
import { createLogger } from "./logger";
import { syncQuestionBank } from "./services/content-sync";

export async function startServer() {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  logger.info({ database: database.kind, dataDir: database.kind === "pglite" ? config.DATA_DIR : undefined }, "database ready");

  const ctx = createContext(config, database);
  // Refuse to serve a bank that fails validation: say why, and exit non-zero.
  const report = await syncQuestionBank(config.CONTENT_DIR, ctx.services.questionsRepo);
  logger.info(report, "content loaded");
  const app = await buildApp(ctx, { logger });
  await app.listen({ port: config.PORT, host: config.HOST });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown timed out; exiting");
      process.exit(1);
    }, 10_000).unref();
    try {
      await app.close(); // stops accepting, waits for in-flight requests
      await database.close();
      clearTimeout(timer);
      logger.info("stopped cleanly");
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exitCode = 1;
    }
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  return app;
}
