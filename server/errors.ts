/**
 * The application's typed errors. Services throw these; one handler in app.ts maps
 * them to RFC 9457 problem+json, so no route formats an error by hand.
 */
export interface FieldError {
  /** Dotted path of the offending field, e.g. "body.email". */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) => new AppError(400, "Bad Request", detail, errors);
export const unauthorized = (detail = "You need to log in.") => new AppError(401, "Unauthorized", detail);
export const forbidden = (detail = "You are not allowed to do this.") => new AppError(403, "Forbidden", detail);
export const notFound = (detail = "Not found.") => new AppError(404, "Not Found", detail);
export const conflict = (detail: string, errors?: FieldError[]) => new AppError(409, "Conflict", detail, errors);
export const payloadTooLarge = (detail: string, errors?: FieldError[]) => new AppError(413, "Payload Too Large", detail, errors);
export const unavailable = (detail: string) => new AppError(503, "Service Unavailable", detail);
