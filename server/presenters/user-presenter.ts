/** Shapes a user row for the API: never the password hash. */
import type { User } from "../../common/api/auth";
import type { UserRow } from "../db/repositories/users-repository";

export const presentUser = (u: UserRow): User => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  timeZone: u.timeZone,
  createdAt: u.createdAt.toISOString(),
});
