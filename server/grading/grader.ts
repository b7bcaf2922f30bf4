/**
 * The one interface every answer grader implements (embedded or LLM), so routes,
 * services and the CLI never care which grader is behind it.
 */
import type { GradeInput, GradeResult } from "./grade-schema";

export type { Evidence, GradeInput, GradeResult, KeyPointVerdict, MisconceptionVerdict } from "./grade-schema";

export interface GradeOptions {
  /** Receives the narrative feedback as it is produced (streamed by the LLM grader, once by the embedded one). */
  onFeedbackDelta?(text: string): void;
  signal?: AbortSignal;
}

export interface Grader {
  readonly name: "embedded" | "llm";
  grade(input: GradeInput, options?: GradeOptions): Promise<GradeResult>;
}
