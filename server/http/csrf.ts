/**
 * CSRF protection without tokens: a state-changing API request must come from our
 * own origin (Origin or Sec-Fetch-Site), and a body must be JSON. Browsers cannot
 * forge the Origin header, and cross-site forms cannot send application/json
 * without a CORS preflight we never grant. Any honest HTTP client satisfies this by
 * sending a matching Origin header.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError, forbidden } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** host[:port] lower-cased, without a default port, so "localhost:80" equals "http://localhost". */
const normalizeHost = (host: string) => host.toLowerCase().replace(/:(80|443)$/, "");

function originHost(origin: string): string | undefined {
  try {
    return normalizeHost(new URL(origin).host);
  } catch {
    return undefined;
  }
}

export function isSameOrigin(request: FastifyRequest, publicUrl?: string): boolean {
  const origin = request.headers.origin;
  if (origin && origin !== "null") {
    const host = originHost(origin);
    const allowed = [normalizeHost(request.host)];
    if (publicUrl) allowed.push(normalizeHost(new URL(publicUrl).host));
    return host !== undefined && allowed.includes(host);
  }
  // No Origin: a browser still tells us where the request came from.
  const site = request.headers["sec-fetch-site"];
  return site === "same-origin" || site === "none";
}

export function registerCsrfProtection(app: FastifyInstance, options: { publicUrl?: string }) {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    if (!isSameOrigin(request, options.publicUrl)) {
      throw forbidden("Cross-origin request refused: send an Origin header that matches this server.");
    }
    const hasBody = Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== undefined;
    const type = request.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    if (hasBody && type !== "application/json") {
      throw new AppError(415, "Unsupported Media Type", "Request bodies must be JSON.", [
        { field: "header.content-type", message: "must be application/json" },
      ]);
    }
  });
}
