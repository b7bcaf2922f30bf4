/**
 * Wires the application's parts together: database, repositories and services.
 * The single place where dependencies are chosen, so tests can build the same
 * graph with a test database and fake edges.
 */
import type { Config } from "./config";
import type { Database } from "./db/database";
import { createSessionsRepository } from "./db/repositories/sessions-repository";
import { createUsersRepository } from "./db/repositories/users-repository";
import { createAuthService } from "./services/auth-service";

export interface AppContext {
  config: Config;
  database: Database;
  services: ReturnType<typeof createServices>;
}

function createServices(config: Config, database: Database) {
  const users = createUsersRepository(database.db);
  const sessions = createSessionsRepository(database.db);
  return {
    users,
    auth: createAuthService({ users, sessions, sessionDays: config.SESSION_DAYS }),
  };
}

export function createContext(config: Config, database: Database): AppContext {
  return { config, database, services: createServices(config, database) };
}
