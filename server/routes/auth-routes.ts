/** POST /auth/register, /auth/login, /auth/logout and GET /me. */
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { deleteMeBodySchema, loginBodySchema, registerBodySchema, updateMeBodySchema, userSchema } from "../../common/api/auth";
import { problemSchema } from "../../common/api/problem";
import { AppError } from "../errors";
import { clearSessionCookie, currentUser, requireUser, SESSION_COOKIE, setSessionCookie } from "../http/session-auth";
import type { Api } from "../http/types";
import { presentUser } from "../presenters/user-presenter";
import type { AuthService } from "../services/auth-service";

const userResponse = z.object({ user: userSchema });

export interface AuthRateLimits {
  /** Login attempts per minute for one account from one address. */
  login: number;
  /** Registrations per minute from one address. */
  register: number;
}

const tooManyAttempts = (_req: unknown, ctx: { after: string }) =>
  new AppError(429, "Too Many Requests", `Too many attempts. Try again in ${ctx.after}.`);

export function authRoutes(auth: AuthService, limits: AuthRateLimits) {
  // Password guessing is limited per account and address: one attacker cannot lock out
  // everyone behind the same NAT, and cannot spread guesses for one account across emails.
  // Runs at preHandler so the parsed body (the email) is available for the key.
  const loginRateLimit = {
    max: limits.login,
    timeWindow: 60_000,
    hook: "preHandler" as const,
    keyGenerator: (request: FastifyRequest) => `${request.ip}|${(request.body as { email?: string } | undefined)?.email ?? ""}`,
    errorResponseBuilder: tooManyAttempts,
  };
  const registerRateLimit = { max: limits.register, timeWindow: 60_000, errorResponseBuilder: tooManyAttempts };

  return async function (app: Api) {
    app.post(
      "/auth/register",
      {
        config: { rateLimit: registerRateLimit },
        schema: {
          tags: ["auth"],
          summary: "Create an account and start a session",
          body: registerBodySchema,
          response: { 201: userResponse, 400: problemSchema, 409: problemSchema },
        },
      },
      async (request, reply) => {
        const { user, token, expiresAt } = await auth.register(request.body, request.headers["user-agent"]);
        setSessionCookie(request, reply, token, expiresAt);
        return reply.code(201).send({ user: presentUser(user) });
      },
    );

    app.post(
      "/auth/login",
      {
        config: { rateLimit: loginRateLimit },
        schema: {
          tags: ["auth"],
          summary: "Log in and start a session",
          body: loginBodySchema,
          response: { 200: userResponse, 401: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const { user, token, expiresAt } = await auth.login(request.body.email, request.body.password, request.headers["user-agent"]);
        setSessionCookie(request, reply, token, expiresAt);
        return { user: presentUser(user) };
      },
    );

    app.post(
      "/auth/logout",
      { schema: { tags: ["auth"], summary: "End the current session", response: { 204: z.null() } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await auth.logout(token);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      "/me",
      { preHandler: requireUser, schema: { tags: ["auth"], summary: "The signed-in user", response: { 200: userResponse, 401: problemSchema } } },
      async (request) => ({ user: presentUser(currentUser(request)) }),
    );

    app.patch(
      "/me",
      {
        preHandler: requireUser,
        schema: { tags: ["auth"], summary: "Update your name or time zone", body: updateMeBodySchema, response: { 200: userResponse, 400: problemSchema, 401: problemSchema } },
      },
      async (request) => ({ user: presentUser(await auth.updateProfile(currentUser(request).id, request.body)) }),
    );

    app.delete(
      "/me",
      {
        preHandler: requireUser,
        config: { rateLimit: loginRateLimit },
        schema: { tags: ["auth"], summary: "Delete your account and every row of your data", body: deleteMeBodySchema, response: { 204: z.null(), 401: problemSchema } },
      },
      async (request, reply) => {
        await auth.deleteAccount(currentUser(request), request.body.password);
        clearSessionCookie(request, reply);
        return reply.code(204).send(null);
      },
    );
  };
}
