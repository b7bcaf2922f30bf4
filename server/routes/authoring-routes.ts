/**
 * Authoring: drafts (GET|POST /authoring/questions, GET|PUT /authoring/questions/:id),
 * publication (POST /authoring/questions/:id/publish, admins), Markdown import
 * (POST /authoring/import) and export (GET /questions/:id/markdown), and the Anki
 * export of the bank (GET /questions/export/anki).
 */
import { z } from "zod";
import {
  ankiExportQuerySchema,
  authoredQuestionSchema,
  contentProblemSchema,
  draftListSchema,
  importBodySchema,
  importResultSchema,
  questionDraftBodySchema,
} from "../../common/api/authoring";
import { problemSchema } from "../../common/api/problem";
import { questionIdParamsSchema } from "../../common/api/questions";
import type { AppContext } from "../context";
import { currentUser, requireRole } from "../http/session-auth";
import type { Api } from "../http/types";
import { createAuthoringService } from "../services/authoring-service";

const questionResponse = z.object({ question: authoredQuestionSchema });
const errors = { 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
/** A text download: Fastify sends the string as is (no JSON serialisation). */
const textResponse = (contentType: string, description: string) => ({ description, content: { [contentType]: { schema: z.string() } } });

export function authoringRoutes(ctx: AppContext) {
  const authoring = createAuthoringService(ctx.services.questionsRepo);
  const authorOrAdmin = requireRole("author", "admin");

  return async function (app: Api) {
    app.get(
      "/authoring/questions",
      { preHandler: authorOrAdmin, schema: { tags: ["authoring"], summary: "Your drafts (admins: every draft awaiting publication)", response: { 200: draftListSchema, ...errors } } },
      async (request) => authoring.list(currentUser(request)),
    );

    app.post(
      "/authoring/questions",
      {
        preHandler: authorOrAdmin,
        schema: {
          tags: ["authoring"],
          summary: "Create a question as a draft (validated exactly like a content file)",
          body: questionDraftBodySchema,
          response: { 201: questionResponse, 400: problemSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send({ question: await authoring.create(currentUser(request), request.body) }),
    );

    app.get(
      "/authoring/questions/:id",
      { preHandler: authorOrAdmin, schema: { tags: ["authoring"], summary: "A draft of yours (admins: any draft) or a published question, whole", params: questionIdParamsSchema, response: { 200: questionResponse, ...errors } } },
      async (request) => ({ question: await authoring.get(currentUser(request), request.params.id) }),
    );

    app.put(
      "/authoring/questions/:id",
      {
        preHandler: authorOrAdmin,
        schema: {
          tags: ["authoring"],
          summary: "Replace a draft (authors: their own; admins: any)",
          params: questionIdParamsSchema,
          body: questionDraftBodySchema,
          response: { 200: questionResponse, 400: problemSchema, ...errors },
        },
      },
      async (request) => ({ question: await authoring.update(currentUser(request), request.params.id, request.body) }),
    );

    app.post(
      "/authoring/questions/:id/publish",
      {
        preHandler: requireRole("admin"),
        schema: { tags: ["authoring"], summary: "Publish a draft into the bank (admins)", params: questionIdParamsSchema, response: { 200: questionResponse, 400: problemSchema, ...errors } },
      },
      async (request) => ({ question: await authoring.publish(request.params.id) }),
    );

    app.post(
      "/authoring/import",
      {
        preHandler: authorOrAdmin,
        schema: {
          tags: ["authoring"],
          summary: "Import a question file as a draft (or over your own draft with the same id); errors name file, line and field",
          body: importBodySchema,
          response: { 200: importResultSchema, 201: importResultSchema, 400: contentProblemSchema, ...errors, 409: contentProblemSchema },
        },
      },
      async (request, reply) => {
        const result = await authoring.importMarkdown(currentUser(request), request.body);
        return reply.code(result.created ? 201 : 200).send(result);
      },
    );

    app.get(
      "/questions/:id/markdown",
      {
        schema: {
          tags: ["authoring"],
          summary: "A published question (or your own draft) in the exact content file format",
          params: questionIdParamsSchema,
          response: { 200: textResponse("text/markdown", "The question file"), 404: problemSchema },
        },
      },
      async (request, reply) => {
        const { path, markdown } = await authoring.markdown(request.user ?? undefined, request.params.id);
        return reply
          .type("text/markdown; charset=utf-8")
          .header("content-disposition", `attachment; filename="${request.params.id}.md"`)
          .header("x-content-path", path)
          .send(markdown);
      },
    );

    app.get(
      "/questions/export/anki",
      {
        schema: {
          tags: ["authoring"],
          summary: "Published questions (the bank's filters) as an Anki plain-text import file",
          querystring: ankiExportQuerySchema,
          response: { 200: textResponse("text/plain", "Anki notes: #separator:tab, #html:true, Front, Back, Tags, GUID"), 400: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .type("text/plain; charset=utf-8")
          .header("content-disposition", 'attachment; filename="backprep.txt"')
          .send(await authoring.ankiExport(request.query)),
    );
  };
}
