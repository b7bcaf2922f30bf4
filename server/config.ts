/**
 * Process configuration, read once from the environment and validated, so a typo
 * in a variable fails at start-up with a clear message instead of at first use.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root: content/ and web/dist/ are found relative to it. */
export const REPO_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .pipe(z.url().optional())
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().default("data"),
  DATABASE_URL: optionalUrl,
  PUBLIC_URL: optionalUrl,
  CONTENT_DIR: z.string().default(resolve(REPO_ROOT, "content")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_PRETTY: z.stringbool().optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  REGISTER_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY: z.stringbool().default(false),
  REDIS_URL: optionalUrl,
  /** First sandbox uid of the coding judge (one per slot); give each judging process on a host its own range. */
  JUDGE_UID_BASE: z.coerce.number().int().min(1000).max(4_000_000_000).optional(),
  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join("\n")}`);
  }
  return { ...result.data, DATA_DIR: resolve(result.data.DATA_DIR) };
}
