/**
 * The LLM grader: any OpenAI-compatible Chat Completions endpoint, through the official
 * `openai` client. It streams the model's JSON, forwards the feedback as it arrives,
 * validates the result with zod and checks every quote against the answer. A covered
 * key point whose quote is not in the answer falls back to the embedded grader's
 * verdict for that point (an invented quote is no evidence, but the point may still be
 * covered). Any failure — timeout, rate limit after retries, 5xx, malformed JSON —
 * falls back to the embedded grader for the whole answer, with a visible note.
 */
import OpenAI, { APIUserAbortError } from "openai";
import { EmbeddedGrader } from "./embedded-grader";
import { scoreAnswer } from "./embedded/answer-score";
import type { GradeInput, GradeResult, KeyPointVerdict, MisconceptionVerdict } from "./grade-schema";
import type { GradeOptions, Grader } from "./grader";
import { FeedbackStreamExtractor } from "./llm/feedback-stream";
import { buildMessages, llmOutputSchema, type LlmOutput } from "./llm/llm-prompt";
import { locateQuote } from "./llm/quote-locator";
import { isRetryable, retryDelayMs, sleep, type RetryPolicy } from "./llm/retry-policy";

export interface LlmGraderConfig {
  baseURL: string;
  apiKey: string;
  model: string;
  /** Budget for one attempt, from request to the last streamed token. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

/** Confidence reported for a verdict the LLM backed with a verified quote. */
const LLM_CONFIDENCE = 0.9;

class MalformedOutputError extends Error {}
class AttemptTimeoutError extends Error {}

export class LlmGrader implements Grader {
  readonly name = "llm" as const;
  private readonly client: OpenAI;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;

  constructor(
    private readonly config: LlmGraderConfig,
    private readonly fallback: EmbeddedGrader = new EmbeddedGrader(),
  ) {
    // Retries are ours (so they can stop once feedback has started streaming).
    this.client = new OpenAI({ baseURL: config.baseURL, apiKey: config.apiKey, maxRetries: 0, timeout: config.timeoutMs ?? 30_000 });
    this.timeoutMs = config.timeoutMs ?? 30_000;
    this.retry = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 10_000, ...config.retry };
  }

  async grade(input: GradeInput, options?: GradeOptions): Promise<GradeResult> {
    options?.signal?.throwIfAborted();
    let streamed = false;
    const onDelta = (text: string) => {
      streamed = true;
      options?.onFeedbackDelta?.(text);
    };
    try {
      const output = await this.callWithRetries(input, onDelta, () => streamed, options?.signal);
      return this.toResult(input, output);
    } catch (err) {
      if (options?.signal?.aborted) throw err;
      const { result } = this.fallback.gradeWithSignals(input);
      // Text already streamed cannot be taken back: the fallback feedback follows it.
      options?.onFeedbackDelta?.(streamed ? `\n\n${result.feedback}` : result.feedback);
      return { ...result, note: `The LLM grader failed (${describe(err)}); graded offline by the embedded grader.` };
    }
  }

  private async callWithRetries(input: GradeInput, onDelta: (t: string) => void, streamed: () => boolean, signal?: AbortSignal): Promise<LlmOutput> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.callOnce(input, onDelta, signal);
      } catch (err) {
        if (streamed() || attempt >= this.retry.maxRetries || !isRetryable(err)) throw err;
        await sleep(retryDelayMs(err, attempt, this.retry), signal);
      }
    }
  }

  private async callOnce(input: GradeInput, onDelta: (t: string) => void, signal?: AbortSignal): Promise<LlmOutput> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new AttemptTimeoutError(`no complete reply within ${this.timeoutMs} ms`)), this.timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const stream = await this.client.chat.completions.create(
        { model: this.config.model, messages: buildMessages(input), stream: true, temperature: 0, response_format: { type: "json_object" } },
        { signal: controller.signal },
      );
      const extractor = new FeedbackStreamExtractor();
      let text = "";
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content ?? "";
        if (!delta) continue;
        text += delta;
        const feedback = extractor.push(delta);
        if (feedback) onDelta(feedback);
      }
      return parseOutput(text);
    } catch (err) {
      if (controller.signal.reason instanceof AttemptTimeoutError && !signal?.aborted) throw controller.signal.reason;
      throw err;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  private toResult(input: GradeInput, output: LlmOutput): GradeResult {
    const { answer, question } = input;
    const embedded = this.fallback.gradeWithSignals(input).result;
    const byIndex = new Map(output.keyPoints.map((k) => [k.index, k]));
    let unverified = 0;
    const keyPoints: KeyPointVerdict[] = question.keyPoints.map((_, index) => {
      const item = byIndex.get(index);
      const offline = embedded.keyPoints[index]!;
      if (!item) return offline;
      if (!item.covered) return { index, covered: false, confidence: LLM_CONFIDENCE };
      const evidence = item.quote ? locateQuote(answer, item.quote) : undefined;
      if (evidence) return { index, covered: true, confidence: LLM_CONFIDENCE, evidence };
      unverified++;
      return offline;
    });

    const misconceptions: MisconceptionVerdict[] = [];
    const claims = question.misconceptions ?? [];
    const llmMisconceptions = new Set<number>();
    for (const m of output.misconceptions) {
      const claim = claims[m.index];
      if (!claim || llmMisconceptions.has(m.index)) continue;
      llmMisconceptions.add(m.index);
      const evidence = locateQuote(answer, m.quote);
      if (evidence) misconceptions.push({ index: m.index, claim: claim.claim, correction: claim.correction, evidence });
      else {
        unverified++;
        const offline = embedded.misconceptions.find((e) => e.index === m.index);
        if (offline) misconceptions.push(offline);
      }
    }

    const weights = question.keyPoints.map((k) => k.weight ?? 1);
    const score = scoreAnswer({ weights, covered: keyPoints.map((k) => k.covered), wrongClaims: misconceptions.length, offTopic: false });
    const result: GradeResult = { score: Math.round(score * 1000) / 1000, keyPoints, misconceptions, feedback: output.feedback, grader: "llm" };
    if (unverified) result.note = `${unverified} quote(s) from the LLM were not found in the answer; those verdicts come from the embedded grader.`;
    return result;
  }
}

function parseOutput(text: string): LlmOutput {
  const body = text.trim().replace(/^```(?:json)?\s*|\s*```$/g, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedOutputError("the reply was not valid JSON");
  }
  const parsed = llmOutputSchema.safeParse(json);
  if (!parsed.success) throw new MalformedOutputError(`the reply did not match the expected shape: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

function describe(err: unknown): string {
  if (err instanceof MalformedOutputError || err instanceof AttemptTimeoutError) return err.message;
  if (err instanceof APIUserAbortError) return "the request was aborted";
  if (err instanceof Error) return err.message.split("\n")[0] ?? err.name;
  return String(err);
}
