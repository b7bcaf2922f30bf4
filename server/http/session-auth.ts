/**
 * Resolves the session cookie to a user on every request, and offers the guards
 * routes declare: `requireUser` and `requireRole(...)`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Role } from "../../common/api/auth";
import type { UserRow } from "../db/repositories/users-repository";
import { forbidden, unauthorized } from "../errors";
import type { AuthService } from "../services/auth-service";

export const SESSION_COOKIE = "bp_session";

declare module "fastify" {
  interface FastifyRequest {
    user: UserRow | null;
  }
}

export function registerSessionAuth(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    // Static files and health checks never need the user: skip the query.
    if (!token || !request.url.startsWith("/api/")) return;
    request.user = (await auth.userForSession(token)) ?? null;
  });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    path: "/",
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", secure: request.protocol === "https", path: "/" });
}

/** The signed-in user, or a 401. */
export function currentUser(request: FastifyRequest): UserRow {
  if (!request.user) throw unauthorized();
  return request.user;
}

export const requireUser = async (request: FastifyRequest) => void currentUser(request);

export const requireRole =
  (...roles: Role[]) =>
  async (request: FastifyRequest) => {
    const user = currentUser(request);
    if (!roles.includes(user.role)) throw forbidden();
  };
