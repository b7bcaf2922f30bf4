/**
 * Accounts and sessions: register, log in, log out, resolve a session cookie to a user.
 * No HTTP here; routes turn results into cookies and responses.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Role } from "../../common/api/auth";
import type { SessionsRepository } from "../db/repositories/sessions-repository";
import type { UserRow, UsersRepository } from "../db/repositories/users-repository";
import { conflict, unauthorized } from "../errors";
import { getDecoyHash, hashPassword, verifyPassword } from "./passwords";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface AuthServiceDeps {
  users: UsersRepository;
  sessions: SessionsRepository;
  sessionDays: number;
  now?: () => Date;
}

export function createAuthService({ users, sessions, sessionDays, now = () => new Date() }: AuthServiceDeps) {
  async function startSession(userId: string, userAgent?: string) {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now().getTime() + sessionDays * 86_400_000);
    await sessions.insert({ tokenHash: hashToken(token), userId, expiresAt, userAgent: userAgent?.slice(0, 300) });
    return { token, expiresAt };
  }

  return {
    async createUser(input: { email: string; password: string; displayName: string; role?: Role }): Promise<UserRow> {
      const user = await users.insert({
        email: input.email,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        role: input.role ?? "learner",
      });
      if (!user) throw conflict("An account with this email already exists.", [{ field: "body.email", message: "is already registered" }]);
      return user;
    },

    async register(input: { email: string; password: string; displayName: string }, userAgent?: string) {
      const user = await this.createUser(input);
      return { user, ...(await startSession(user.id, userAgent)) };
    },

    async login(email: string, password: string, userAgent?: string) {
      const user = await users.findByEmail(email);
      const ok = await verifyPassword(user?.passwordHash ?? (await getDecoyHash()), password);
      // One message for both cases: the response must not reveal whether the email exists.
      if (!user || !ok) throw unauthorized("The email or password is incorrect.");
      return { user, ...(await startSession(user.id, userAgent)) };
    },

    logout: (token: string) => sessions.delete(hashToken(token)),

    async updateProfile(userId: string, patch: { displayName?: string; timeZone?: string }): Promise<UserRow> {
      const updated = await users.update(userId, patch);
      if (!updated) throw unauthorized();
      return updated;
    },

    userForSession: (token: string) => sessions.findUser(hashToken(token), now()),

    /** Deletes the user; every table that holds user data cascades from users. */
    async deleteAccount(user: UserRow, password: string): Promise<void> {
      if (!(await verifyPassword(user.passwordHash, password))) throw unauthorized("The password is incorrect.");
      await users.delete(user.id);
    },

    async resetPassword(email: string, password: string): Promise<UserRow | undefined> {
      const user = await users.findByEmail(email);
      if (!user) return undefined;
      await users.update(user.id, { passwordHash: await hashPassword(password) });
      // A reset must end every session that may have been opened with the old password.
      await sessions.deleteForUser(user.id);
      return user;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
