/** Opens the configured database for a CLI command and always closes it. */
import { loadConfig } from "../server/config";
import { createContext, type AppContext } from "../server/context";
import { openDatabase } from "../server/db/database";

export async function withContext<T>(run: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  try {
    return await run(createContext(config, database));
  } finally {
    await database.close();
  }
}
