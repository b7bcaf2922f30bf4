/**
 * Chooses the grader from the environment: the LLM grader when LLM_BASE_URL and
 * LLM_MODEL are set (LLM_API_KEY optional for local servers, LLM_TIMEOUT_MS optional),
 * otherwise the offline embedded grader.
 */
import { EmbeddedGrader } from "./embedded-grader";
import type { Grader } from "./grader";
import { LlmGrader } from "./llm-grader";

export function createGraderFromEnv(env: Record<string, string | undefined> = process.env): Grader {
  const embedded = new EmbeddedGrader();
  const baseURL = env.LLM_BASE_URL?.trim();
  const model = env.LLM_MODEL?.trim();
  if (!baseURL || !model) return embedded;
  const timeout = Number(env.LLM_TIMEOUT_MS);
  return new LlmGrader(
    { baseURL, model, apiKey: env.LLM_API_KEY?.trim() || "not-needed", timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : undefined },
    embedded,
  );
}
