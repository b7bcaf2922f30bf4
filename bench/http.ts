/**
 * HTTP throughput: a DB-backed read route of the real app (GET /api/v1/questions/:id
 * on embedded PGlite) against a raw node:http hello world, measured in the same run
 * with the same load generator, because these machines are noisy.
 */
import { createServer, type Server } from "node:http";
import { once } from "node:events";
import { loadConfig, REPO_ROOT } from "../server/config";
import { buildApp } from "../server/app";
import { createContext } from "../server/context";
import { openDatabase } from "../server/db/database";
import { syncQuestionBank } from "../server/services/content-sync";
import { resolve } from "node:path";
import { runLoad, formatLoad, type LoadResult } from "./load";

const DURATION_MS = Number(process.env.BENCH_MS ?? 5000);
const CONNECTIONS = 32;

async function listen(server: Server): Promise<number> {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return address.port;
}

export async function benchHttp(): Promise<{ raw: LoadResult; app: LoadResult }> {
  const raw = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"hello":"world"}');
  });
  const rawPort = await listen(raw);

  const database = await openDatabase({});
  const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "silent", CONTENT_DIR: resolve(REPO_ROOT, "content") });
  const ctx = createContext(config, database);
  await syncQuestionBank(config.CONTENT_DIR, ctx.services.questionsRepo);
  const app = await buildApp(ctx, { serveWeb: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const appPort = (app.server.address() as { port: number }).port;
  const id = (await ctx.services.questions.list({ limit: 1 })).items[0]?.id;
  if (!id) throw new Error("no questions loaded");

  const rawResult = await runLoad(`http://127.0.0.1:${rawPort}/`, { durationMs: DURATION_MS, connections: CONNECTIONS });
  const appResult = await runLoad(`http://127.0.0.1:${appPort}/api/v1/questions/${id}`, { durationMs: DURATION_MS, connections: CONNECTIONS });
  raw.close();
  await app.close();
  await database.close();
  return { raw: rawResult, app: appResult };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, app } = await benchHttp();
  console.log(formatLoad("raw node:http hello world", raw));
  console.log(formatLoad("GET /api/v1/questions/:id (PGlite)", app));
  console.log(`ratio app/raw req/s: ${(app.rps / raw.rps).toFixed(2)}`);
}
