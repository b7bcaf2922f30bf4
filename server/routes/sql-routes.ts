/**
 * SQL practice: GET /sql, GET /sql/:slug, POST /sql/:slug/run|explain|submissions,
 * GET /sql/:slug/submissions. Owns the process's SQL judge: created on first use, closed with the app.
 */
import path from "node:path";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { problemSchema } from "../../common/api/problem";
import {
  sqlExplainResultSchema,
  sqlProblemDetailSchema,
  sqlProblemListSchema,
  sqlQueryBodySchema,
  sqlRunResultSchema,
  sqlSlugParamsSchema,
  sqlSubmissionListSchema,
  sqlSubmissionSchema,
} from "../../common/api/sql";
import type { AppContext } from "../context";
import { createSqlSubmissionsRepository } from "../db/repositories/sql-submissions-repository";
import { AppError, unavailable } from "../errors";
import { currentUser, requireUser } from "../http/session-auth";
import type { Api } from "../http/types";
import { createSqlJudge, type SqlJudge } from "../judge/sql/judge";
import { loadSqlContent } from "../judge/sql/problem-loader";
import { createSqlPracticeService } from "../services/sql-practice-service";

/** Sandbox jobs per user per minute (run, submit and explain together). */
const SANDBOX_JOBS_PER_MINUTE = 60;

const sandboxRateLimit = {
  max: SANDBOX_JOBS_PER_MINUTE,
  timeWindow: 60_000,
  keyGenerator: (request: FastifyRequest) => `sql|${request.user?.id ?? request.ip}`,
  errorResponseBuilder: (_req: unknown, ctx: { after: string }) => new AppError(429, "Too Many Requests", `Too many queries. Try again in ${ctx.after}.`),
};

/** What every request that runs a query in the sandbox needs: a user, within their rate. */
const sandboxUse = { preHandler: requireUser, config: { rateLimit: sandboxRateLimit } };

/** The same PostgreSQL database? (host, port and database name; credentials do not matter). */
function sameDatabase(a: string, b: string): boolean {
  const key = (u: string) => {
    const url = new URL(u);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  };
  try {
    return key(a) === key(b);
  } catch {
    return false;
  }
}

export function sqlRoutes(ctx: AppContext) {
  const sqlDir = path.join(ctx.config.CONTENT_DIR, "sql");
  let judge: Promise<SqlJudge> | undefined;

  // User SQL runs in the judge's sandboxes only: PGlite workers, or the PostgreSQL at
  // SQL_SANDBOX_URL — which must never be the application's own database.
  const getJudge = () => {
    judge ??= (async () => {
      const sandboxUrl = process.env.SQL_SANDBOX_URL;
      if (sandboxUrl && ctx.config.DATABASE_URL && sameDatabase(sandboxUrl, ctx.config.DATABASE_URL)) {
        throw unavailable("SQL practice is disabled: SQL_SANDBOX_URL points at the application's database.");
      }
      return createSqlJudge({ contentDir: sqlDir });
    })();
    return judge;
  };

  return async function (app: Api) {
    const service = createSqlPracticeService({
      repo: createSqlSubmissionsRepository(ctx.database.db),
      loadContent: () => loadSqlContent(sqlDir, path.dirname(ctx.config.CONTENT_DIR)),
      judge: getJudge,
      onContentErrors: (errors) => app.log.warn({ errors }, `content/sql: ${errors.length} problem(s) could not be loaded and are left out`),
      // A submission is a review of the problem's card: accepted rates Good, anything else Again.
      onJudged: async ({ userId, problemId, accepted }) => void (await ctx.services.practice.recordAttempt(userId, "sql", problemId, accepted ? 0.8 : 0)),
    });

    app.addHook("onClose", async () => {
      const created = judge;
      judge = undefined;
      if (created) await created.then((j) => j.close(), () => undefined);
    });

    const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 429: problemSchema, 503: problemSchema };
    const tags = ["sql"];

    app.get(
      "/sql",
      { schema: { tags, summary: "SQL problems (solved flags when signed in)", response: { 200: sqlProblemListSchema } } },
      async (request) => service.list(request.user?.id),
    );

    app.get(
      "/sql/:slug",
      {
        schema: {
          tags,
          summary: "One SQL problem: statement, dataset schema, hints; the editorial once solved",
          params: sqlSlugParamsSchema,
          response: { 200: sqlProblemDetailSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => service.get(request.params.slug, request.user?.id),
    );

    app.post(
      "/sql/:slug/run",
      {
        ...sandboxUse,
        schema: { tags, summary: "Run a query on the problem's dataset (first 200 rows)", params: sqlSlugParamsSchema, body: sqlQueryBodySchema, response: { 200: sqlRunResultSchema, ...errors } },
      },
      async (request) => service.run(request.params.slug, request.body.query),
    );

    app.post(
      "/sql/:slug/explain",
      {
        ...sandboxUse,
        schema: { tags, summary: "EXPLAIN ANALYZE the query: the plan as a flat tree", params: sqlSlugParamsSchema, body: sqlQueryBodySchema, response: { 200: sqlExplainResultSchema, ...errors } },
      },
      async (request) => service.explain(request.params.slug, request.body.query),
    );

    app.post(
      "/sql/:slug/submissions",
      {
        ...sandboxUse,
        schema: {
          tags,
          summary: "Submit a query: the verdict with a diff against the expected result (stored)",
          params: sqlSlugParamsSchema,
          body: sqlQueryBodySchema,
          response: { 201: z.object({ submission: sqlSubmissionSchema }), ...errors },
        },
      },
      async (request, reply) => {
        const submission = await service.submit(currentUser(request).id, request.params.slug, request.body.query);
        return reply.code(201).send({ submission });
      },
    );

    app.get(
      "/sql/:slug/submissions",
      {
        preHandler: requireUser,
        schema: { tags, summary: "Your submissions to a problem, newest first", params: sqlSlugParamsSchema, response: { 200: sqlSubmissionListSchema, ...errors } },
      },
      async (request) => ({ items: await service.history(currentUser(request).id, request.params.slug) }),
    );
  };
}
