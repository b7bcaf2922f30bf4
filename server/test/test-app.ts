/**
 * Builds the real app on a test database, with a tiny HTTP client that behaves like
 * an honest non-browser client: JSON bodies, a matching Origin, cookies kept per agent.
 */
import type { LightMyRequestResponse } from "fastify";
import { buildApp, type App } from "../app";
import { loadConfig, type Config } from "../config";
import { createContext, type AppContext, type ContextOverrides } from "../context";
import type { Database } from "../db/database";
import { createTestDatabase } from "./test-database";

export interface TestApp {
  app: App;
  ctx: AppContext;
  database: Database;
  close(): Promise<void>;
}

export async function createTestApp(env: Partial<Record<keyof Config, string>> = {}, overrides: ContextOverrides = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", ...env });
  const ctx = createContext(config, database, overrides);
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const ORIGIN = "http://localhost:80";

/** A client with its own cookie jar, as one user's browser session would have. */
export function agent(app: App) {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

  async function request(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response: LightMyRequestResponse = await app.inject({
      method,
      url,
      headers: {
        host: "localhost:80",
        origin: ORIGIN,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(jar.size ? { cookie: cookieHeader() } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    for (const c of response.cookies) {
      const cookie = c as { name: string; value: string; expires?: Date; maxAge?: number };
      if (cookie.value === "" || (cookie.expires && cookie.expires.getTime() < Date.now())) jar.delete(cookie.name);
      else jar.set(cookie.name, cookie.value);
    }
    return response;
  }

  return {
    jar,
    get: (url: string, headers?: Record<string, string>) => request("GET", url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => request("POST", url, body, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => request("PUT", url, body, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) => request("PATCH", url, body, headers),
    delete: (url: string, headers?: Record<string, string>) => request("DELETE", url, undefined, headers),
  };
}

let counter = 0;
/** Registers a fresh user and returns the logged-in agent. */
export async function signedInAgent(app: App, overrides: { email?: string; password?: string; displayName?: string } = {}) {
  const client = agent(app);
  const email = overrides.email ?? `user${++counter}-${Date.now()}@example.com`;
  const password = overrides.password ?? "correct horse battery";
  const response = await client.post("/api/v1/auth/register", { email, password, displayName: overrides.displayName ?? "Test User" });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  return Object.assign(client, { email, password, user: response.json().user as { id: string; email: string } });
}
