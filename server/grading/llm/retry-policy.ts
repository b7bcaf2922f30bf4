/**
 * When and how long to wait before retrying an LLM call: only rate limits (429),
 * server errors (5xx) and dropped connections are retried, with exponential backoff
 * and jitter, and a Retry-After header (seconds or HTTP date, or retry-after-ms) wins
 * over the backoff, capped so a hostile header cannot stall grading.
 */
import { APIConnectionError, APIError, APIUserAbortError } from "openai";

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export function isRetryable(err: unknown): boolean {
  if (err instanceof APIUserAbortError) return false;
  if (err instanceof APIConnectionError) return true;
  if (err instanceof APIError) return err.status === 429 || (err.status !== undefined && err.status >= 500);
  return false;
}

/** Milliseconds from a Retry-After / retry-after-ms header, if present and sane. */
export function retryAfterMs(err: unknown, now = Date.now()): number | undefined {
  if (!(err instanceof APIError) || !err.headers) return undefined;
  const ms = err.headers.get("retry-after-ms");
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = err.headers.get("retry-after");
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function retryDelayMs(err: unknown, attempt: number, policy: RetryPolicy, random = Math.random): number {
  const header = retryAfterMs(err);
  if (header !== undefined) return Math.min(policy.maxDelayMs, header);
  const backoff = policy.baseDelayMs * 2 ** attempt;
  return Math.min(policy.maxDelayMs, backoff * (0.5 + random() / 2));
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
