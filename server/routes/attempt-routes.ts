/** POST|GET /questions/:id/attempts and POST /attempts/:id/disputes. */
import { PassThrough } from "node:stream";
import { z } from "zod";
import { AppError } from "../errors";
import { attemptIdParamsSchema, attemptListSchema, attemptSchema, createAttemptBodySchema, disputeBodySchema } from "../../common/api/attempts";
import { problemSchema } from "../../common/api/problem";
import { questionIdParamsSchema } from "../../common/api/questions";
import { currentUser, requireUser } from "../http/session-auth";
import type { Api } from "../http/types";
import type { AttemptsService } from "../services/attempts-service";

export function attemptRoutes(attempts: AttemptsService) {
  return async function (app: Api) {
    app.post(
      "/questions/:id/attempts",
      {
        preHandler: requireUser,
        schema: {
          tags: ["practice"],
          summary: "Answer a question and get graded feedback",
          params: questionIdParamsSchema,
          body: createAttemptBodySchema,
          // 200: with "Accept: text/event-stream", events "feedback" {delta}, then "attempt" {attempt} or "error" (problem).
          response: { 200: z.unknown().describe("text/event-stream"), 201: z.object({ attempt: attemptSchema }), 400: problemSchema, 401: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const userId = currentUser(request).id;
        if (!request.headers.accept?.includes("text/event-stream")) {
          const attempt = await attempts.create(userId, request.params.id, request.body);
          return reply.code(201).send({ attempt });
        }
        // Server-sent events: the grader's narrative feedback as it is written (the LLM
        // grader streams it), then the stored attempt. Errors after the headers are sent
        // arrive as an "error" event carrying problem details.
        const stream = new PassThrough();
        const send = (event: string, data: unknown) => stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        attempts
          .create(userId, request.params.id, request.body, { onFeedbackDelta: (delta) => send("feedback", { delta }) })
          .then((attempt) => send("attempt", { attempt }))
          .catch((err: unknown) => {
            const known = err instanceof AppError;
            if (!known) request.log.error({ err }, "grading failed");
            send("error", { type: "about:blank", title: known ? err.title : "Internal Server Error", status: known ? err.status : 500, detail: known ? err.message : "Grading failed." });
          })
          .finally(() => stream.end());
        return reply.code(200).header("cache-control", "no-cache").type("text/event-stream").send(stream);
      },
    );

    app.get(
      "/questions/:id/attempts",
      {
        preHandler: requireUser,
        schema: { tags: ["practice"], summary: "Your attempts at a question, newest first", params: questionIdParamsSchema, response: { 200: attemptListSchema, 401: problemSchema, 404: problemSchema } },
      },
      async (request) => ({ items: await attempts.history(currentUser(request).id, request.params.id) }),
    );

    app.post(
      "/attempts/:id/disputes",
      {
        preHandler: requireUser,
        schema: {
          tags: ["practice"],
          summary: "Dispute the verdict on one key point (stored as labelled data)",
          params: attemptIdParamsSchema,
          body: disputeBodySchema,
          response: { 204: z.null(), 400: problemSchema, 401: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        await attempts.dispute(currentUser(request).id, request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
  };
}
