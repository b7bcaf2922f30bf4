/**
 * Builds the HTTP application: plugins, security, the API under /api/v1, docs,
 * operations endpoints and the web app. No process concerns (ports, signals) here,
 * so tests build the same app main.ts serves.
 */
import { existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { REPO_ROOT } from "./config";
import type { AppContext } from "./context";
import { registerCsrfProtection } from "./http/csrf";
import { registerMetrics } from "./http/metrics";
import { registerProblemHandlers, sendProblem } from "./http/problem-handler";
import { registerSessionAuth } from "./http/session-auth";
import { apiRoutes } from "./routes";
import { healthRoutes } from "./routes/health-routes";

export const BODY_LIMIT_BYTES = 256 * 1024;
const WEB_DIST = resolve(REPO_ROOT, "web/dist");

export interface AppOptions {
  /** A pino logger (main.ts); tests run silent. */
  logger?: FastifyBaseLogger;
  /** Serve the built web app from web/dist (off in API-only tests). */
  serveWeb?: boolean;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}) {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.TRUST_PROXY,
    // Keep a caller's request id so logs can be joined across services; otherwise make one.
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  registerProblemHandlers(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // CodeMirror and the chart library inject <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Microphone is used for spoken answers on our own origin only.
    permittedCrossDomainPolicies: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerCsrfProtection(app, { publicUrl: ctx.config.PUBLIC_URL });
  registerSessionAuth(app, ctx.services.auth);
  registerMetrics(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Backprep API", version: "1", description: "Practise backend interviews: questions, answers with feedback, coding and SQL challenges." },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "bp_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(ctx.database));
  await app.register(apiRoutes(ctx), { prefix: "/api/v1" });

  const webBuilt = (options.serveWeb ?? true) && existsSync(resolve(WEB_DIST, "index.html"));
  if (webBuilt) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false, maxAge: "1h" });
  }

  app.setNotFoundHandler(async (request, reply) => {
    // A page address (no file extension, outside the API) gets the SPA, which routes on the client;
    // a missing asset or API route gets a 404 problem.
    const path = request.url.split("?")[0] ?? "/";
    const isPageRequest = (request.method === "GET" || request.method === "HEAD") && !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path);
    if (webBuilt && isPageRequest) {
      // Client-side routes: the SPA decides what to show.
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return sendProblem(reply, request, 404, `No route for ${request.method} ${request.url.split("?")[0]}.`);
  });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
