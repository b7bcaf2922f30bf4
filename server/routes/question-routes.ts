/** GET /questions, GET /questions/:id, PUT|DELETE /questions/:id/bookmark, GET /topics. */
import { z } from "zod";
import { problemSchema } from "../../common/api/problem";
import {
  listQuestionsQuerySchema,
  questionDetailSchema,
  questionIdParamsSchema,
  questionListSchema,
  topicsResponseSchema,
} from "../../common/api/questions";
import { currentUser, requireUser } from "../http/session-auth";
import type { Api } from "../http/types";
import type { QuestionsService } from "../services/questions-service";

export function questionRoutes(questions: QuestionsService) {
  return async function (app: Api) {
    app.get(
      "/questions",
      {
        schema: {
          tags: ["questions"],
          summary: "List questions: filters, full-text search (ranked, highlighted), cursor pagination",
          querystring: listQuestionsQuerySchema,
          response: { 200: questionListSchema, 400: problemSchema },
        },
      },
      async (request) => questions.list(request.query, request.user?.id),
    );

    app.get(
      "/questions/:id",
      { schema: { tags: ["questions"], summary: "One question with its model answer and rubric", params: questionIdParamsSchema, response: { 200: questionDetailSchema, 404: problemSchema } } },
      async (request) => questions.get(request.params.id, request.user?.id),
    );

    const bookmarkSchema = { tags: ["questions"], params: questionIdParamsSchema, response: { 204: z.null(), 401: problemSchema, 404: problemSchema } };
    app.put("/questions/:id/bookmark", { preHandler: requireUser, schema: { ...bookmarkSchema, summary: "Bookmark a question" } }, async (request, reply) => {
      await questions.setBookmark(currentUser(request).id, request.params.id, true);
      return reply.code(204).send(null);
    });
    app.delete("/questions/:id/bookmark", { preHandler: requireUser, schema: { ...bookmarkSchema, summary: "Remove a bookmark" } }, async (request, reply) => {
      await questions.setBookmark(currentUser(request).id, request.params.id, false);
      return reply.code(204).send(null);
    });

    app.get("/topics", { schema: { tags: ["questions"], summary: "Topics and collections with question counts", response: { 200: topicsResponseSchema } } }, async () => questions.topics());
  };
}
