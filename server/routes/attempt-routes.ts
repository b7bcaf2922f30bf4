/** POST|GET /questions/:id/attempts and POST /attempts/:id/disputes. */
import { z } from "zod";
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
          response: { 201: z.object({ attempt: attemptSchema }), 400: problemSchema, 401: problemSchema, 404: problemSchema },
        },
      },
      async (request, reply) => {
        const attempt = await attempts.create(currentUser(request).id, request.params.id, request.body);
        return reply.code(201).send({ attempt });
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
