/**
 * The one place errors become HTTP responses: RFC 9457 problem+json for every
 * error, 4xx for the client's mistakes, 500 (logged with the request id) for ours.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { Problem } from "../../common/api/problem";
import { AppError, type FieldError } from "../errors";

const STATUS_TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  errors?: FieldError[],
  title = STATUS_TITLES[status] ?? "Error",
) {
  const body: Problem = { type: "about:blank", title, status, detail, instance: request.url.split("?")[0], requestId: request.id };
  if (errors?.length) body.errors = errors;
  return reply.code(status).type("application/problem+json").send(body);
}

function validationErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? "body";
  return (error.validation ?? []).map((v) => {
    const path = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const base = path ? `${context}.${path}` : context;
    const unknownKeys = (v.params as { keys?: string[] } | undefined)?.keys;
    if (v.keyword === "unrecognized_keys" && unknownKeys?.length) {
      return { field: unknownKeys.map((k) => `${base}.${k}`).join(", "), message: `unknown field${unknownKeys.length > 1 ? "s" : ""}: ${unknownKeys.join(", ")}` };
    }
    return { field: base, message: v.message ?? "is invalid" };
  });
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(reply, request, error.status, error.message, error.errors, error.title);
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      return sendProblem(reply, request, 400, "The request is invalid.", validationErrors(error));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, wrong content type…
      const field = error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ? "header.content-type" : "body";
      return sendProblem(reply, request, status, error.message, [{ field, message: error.message }]);
    }
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(reply, request, 500, "Something went wrong on our side. The error has been logged.");
  });
}
