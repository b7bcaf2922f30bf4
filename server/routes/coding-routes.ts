/**
 * Coding challenges: GET /coding, GET /coding/:slug, POST|GET /coding/:slug/submissions and
 * GET /coding/submissions/:id (poll it: judging runs off the request in a queue).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import {
  acceptedSubmissionSchema,
  codingListSchema,
  codingProblemSchema,
  createSubmissionBodySchema,
  listCodingQuerySchema,
  slugParamsSchema,
  submissionIdParamsSchema,
  submissionListSchema,
  submissionResponseSchema,
} from "../../common/api/coding";
import { problemSchema } from "../../common/api/problem";
import type { AppContext } from "../context";
import { createCodeSubmissionsRepository } from "../db/repositories/code-submissions-repository";
import { AppError } from "../errors";
import { currentUser, requireUser } from "../http/session-auth";
import type { Api } from "../http/types";
import { createCodeJudge, loadCodingProblems, type CodeJudgeOptions } from "../judge/code";
import { createJobQueue, createRedisJobQueue } from "../judge/judge-queue";
import { createCodingService } from "../services/coding-service";

/** Submissions per minute from one user: judging costs CPU seconds, a request costs nothing. */
const SUBMISSIONS_PER_MINUTE = 30;

const judgeOptionsByContext = new WeakMap<AppContext, CodeJudgeOptions>();

/**
 * Options for the judge of one app context, read when the judge is first needed. Tests use
 * this to give their judge its own sandbox uids, so parallel test files never share a uid.
 */
export function setCodeJudgeOptions(ctx: AppContext, options: CodeJudgeOptions) {
  judgeOptionsByContext.set(ctx, options);
}

export function codingRoutes(ctx: AppContext) {
  return async function (app: Api) {
    const codingDir = join(ctx.config.CONTENT_DIR, "coding");
    const slots = Math.max(1, availableParallelism());
    // Sandbox uids of this process's judge (default 61000 + slot): two judging processes on one
    // host must not share them, because the sweep after a run kills every process of its uid.
    const uidBase = ctx.config.JUDGE_UID_BASE;
    const coding = createCodingService({
      submissions: createCodeSubmissionsRepository(ctx.database.db),
      async loadProblems() {
        const { problems, errors } = await loadCodingProblems(codingDir);
        // `backprep content check` refuses these in CI; a server still serves the valid ones.
        if (errors.length) app.log.warn({ errors: errors.slice(0, 20), count: errors.length }, "invalid coding problems skipped");
        return problems;
      },
      createJudge: () =>
        createCodeJudge({ slots, ...(uidBase ? { uidBase } : {}), logger: { warn: (message) => app.log.warn(message) }, ...judgeOptionsByContext.get(ctx) }),
      // One job per judge slot: an accepted submission's timing runs share the same slots.
      // With Redis, every server process is a worker of one shared queue (the scale-out path).
      createQueue: (handle) => {
        const options = { concurrency: slots, maxWaiting: 200, onError: (err: unknown, job: unknown) => app.log.error({ err, job }, "judge job failed") };
        return ctx.config.REDIS_URL
          ? createRedisJobQueue(handle, { ...options, redisUrl: ctx.config.REDIS_URL, name: "backprep-code-judge" })
          : createJobQueue(handle, options);
      },
      logger: app.log,
      // A full submission is a review of the problem's card: accepted rates Good, anything else Again.
      onJudged: async ({ userId, problemId, accepted }) => void (await ctx.services.practice.recordAttempt(userId, "coding", problemId, accepted ? 0.8 : 0)),
    });
    app.addHook("onClose", () => coding.close());

    const userId = (request: FastifyRequest) => request.user?.id;
    const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema };

    app.get(
      "/coding",
      { schema: { tags: ["coding"], summary: "Coding problems, with your progress when signed in", querystring: listCodingQuerySchema, response: { 200: codingListSchema, 400: problemSchema } } },
      async (request) => ({ items: await coding.list(userId(request), request.query) }),
    );

    app.get(
      "/coding/:slug",
      {
        schema: {
          tags: ["coding"],
          summary: "One coding problem: statement, starters, visible examples, hints; the editorial once you solved it",
          params: slugParamsSchema,
          response: { 200: z.object({ problem: codingProblemSchema }), ...errors },
        },
      },
      async (request) => ({ problem: await coding.get(userId(request), request.params.slug) }),
    );

    app.post(
      "/coding/:slug/submissions",
      {
        preHandler: requireUser,
        config: {
          rateLimit: {
            max: SUBMISSIONS_PER_MINUTE,
            timeWindow: 60_000,
            hook: "preHandler",
            keyGenerator: (request: FastifyRequest) => request.user?.id ?? request.ip,
            errorResponseBuilder: (_req: unknown, limit: { after: string }) =>
              new AppError(429, "Too Many Requests", `Too many submissions. Try again in ${limit.after}.`),
          },
        },
        schema: {
          tags: ["coding"],
          summary: "Submit code: run (visible examples) or submit (every test); judged asynchronously, poll the submission",
          params: slugParamsSchema,
          body: createSubmissionBodySchema,
          response: { 202: acceptedSubmissionSchema, ...errors, 429: problemSchema, 503: problemSchema },
        },
      },
      async (request, reply) => {
        const submission = await coding.submit(currentUser(request).id, request.params.slug, request.body);
        return reply.code(202).header("location", `/api/v1/coding/submissions/${submission.id}`).send({ submission });
      },
    );

    app.get(
      "/coding/:slug/submissions",
      {
        preHandler: requireUser,
        schema: { tags: ["coding"], summary: "Your submissions to a problem, newest first", params: slugParamsSchema, response: { 200: submissionListSchema, ...errors } },
      },
      async (request) => ({ items: await coding.history(currentUser(request).id, request.params.slug) }),
    );

    app.get(
      "/coding/submissions/:id",
      {
        preHandler: requireUser,
        schema: {
          tags: ["coding"],
          summary: "One of your submissions: status, and the verdict once judged",
          params: submissionIdParamsSchema,
          response: { 200: submissionResponseSchema, ...errors },
        },
      },
      async (request) => ({ submission: await coding.submission(currentUser(request).id, request.params.id) }),
    );
  };
}
