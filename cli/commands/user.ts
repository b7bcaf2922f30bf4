/** `backprep user create|reset-password`: account administration from the shell. */
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { z } from "zod";
import { emailSchema, passwordSchema, type Role } from "../../common/api/auth";
import { CliError } from "../cli-error";
import { withContext } from "../with-context";

function parseOrFail<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`--${name} ${result.error.issues[0]?.message ?? "is invalid"}`);
  return result.data;
}

const generatePassword = () => randomBytes(15).toString("base64url");

export function registerUserCommands(program: Command) {
  const user = program.command("user").description("manage accounts");

  user
    .command("create")
    .description("create an account (prints the password when none is given)")
    .requiredOption("--email <email>", "the account's email")
    .option("--name <displayName>", "display name (default: the email's local part)")
    .option("--password <password>", "at least 10 characters (default: a generated one)")
    .option("--admin", "give the admin role")
    .option("--author", "give the author role")
    .option("--json", "print the result as JSON")
    .action(async (opts: { email: string; name?: string; password?: string; admin?: boolean; author?: boolean; json?: boolean }) => {
      const email = parseOrFail(emailSchema, opts.email, "email");
      const password = opts.password === undefined ? generatePassword() : parseOrFail(passwordSchema, opts.password, "password");
      const role: Role = opts.admin ? "admin" : opts.author ? "author" : "learner";
      const displayName = opts.name?.trim() || email.split("@")[0] || email;
      await withContext(async (ctx) => {
        const created = await ctx.services.auth.createUser({ email, password, displayName, role }).catch((err: Error) => {
          throw new CliError(`cannot create ${email}: ${err.message}`);
        });
        const generated = opts.password === undefined ? password : undefined;
        if (opts.json) console.log(JSON.stringify({ id: created.id, email, role, password: generated }));
        else console.log(`created ${role} ${email}${generated ? `\npassword: ${generated}` : ""}`);
      });
    });

  user
    .command("reset-password")
    .description("set a new password and end the account's sessions")
    .requiredOption("--email <email>", "the account's email")
    .option("--password <password>", "the new password (default: a generated one)")
    .action(async (opts: { email: string; password?: string }) => {
      const email = parseOrFail(emailSchema, opts.email, "email");
      const password = opts.password === undefined ? generatePassword() : parseOrFail(passwordSchema, opts.password, "password");
      await withContext(async (ctx) => {
        const found = await ctx.services.auth.resetPassword(email, password);
        if (!found) throw new CliError(`no account with email ${email}`);
        console.log(`password reset for ${email}${opts.password === undefined ? `\npassword: ${password}` : ""}`);
      });
    });
}
