/** Liveness and readiness probes for orchestrators and load balancers. */
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database";

export function healthRoutes(database: Database) {
  return async function (app: FastifyInstance) {
    app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
    app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
      try {
        await database.ping();
        return { status: "ready", database: database.kind };
      } catch {
        return reply.code(503).send({ status: "unavailable", database: database.kind });
      }
    });
  };
}
