/** Account and session API schemas, shared by the server (validation, OpenAPI) and the web client. */
import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const roleSchema = z.enum(["learner", "author", "admin"]);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email("must be a valid email address"))
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`);

export const registerBodySchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1, "must not be empty").max(80),
});

export const loginBodySchema = z.strictObject({
  email: z.string().trim().min(1).max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  timeZone: z.string(),
  createdAt: z.string(),
});

export type User = z.infer<typeof userSchema>;
export type RegisterBody = z.input<typeof registerBodySchema>;
export type LoginBody = z.input<typeof loginBodySchema>;

/** A valid IANA time zone name, as the runtime knows them. */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Europe/Berlin");

export const updateMeBodySchema = z.strictObject({
  displayName: z.string().trim().min(1, "must not be empty").max(80).optional(),
  timeZone: timeZoneSchema.optional(),
});

/** Deleting an account asks for the password again: a stolen session alone cannot do it. */
export const deleteMeBodySchema = z.strictObject({ password: z.string().min(1).max(PASSWORD_MAX) });
