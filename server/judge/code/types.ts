// Shared types of the code judge: problems as the engine sees them, requests and verdicts.
// Kept free of runtime code so the CLI, the server and the workers can import it cheaply.

export type CodeLang = "js" | "ts" | "py";
export const CODE_LANGS: readonly CodeLang[] = ["js", "ts", "py"];

export type CompareMode = "exact" | "unordered" | "float";
export type ProblemKind = "function" | "class";

/** `kind: function`: the harness calls `entry(...args)`. */
export interface FunctionCase {
  name: string;
  args: unknown[];
  expected: unknown;
}

/** `kind: class`: the harness builds `new Entry(...ctor)` and calls `ops[i](...args[i])`. */
export interface ClassCase {
  name: string;
  ctor: unknown[];
  ops: string[];
  args: unknown[][];
  expected: unknown[];
}

export type TestCase = FunctionCase | ClassCase;

export interface ProblemTests {
  examples: TestCase[];
  hidden: TestCase[];
}

/** What the judge needs to run a submission; the loader's CodingProblem is a superset. */
export interface JudgeProblem {
  id: string;
  kind: ProblemKind;
  entry: string;
  compare: CompareMode;
  timeLimitMs: number;
  memoryMb: number;
  tests: ProblemTests;
}

export type VerdictKind =
  | "accepted"
  | "wrong_answer"
  | "time_limit"
  | "memory_limit"
  | "runtime_error"
  | "compile_error";

export interface TestResult {
  name: string;
  passed: boolean;
  /** Wall time of the call inside the sandbox: informational, user code could skew it. */
  timeMs: number;
  hidden: boolean;
}

export interface FirstFailure {
  name: string;
  /** Absent for hidden cases, which never reveal their data. */
  input?: unknown;
  expected?: unknown;
  got?: unknown;
  /** The error message of a runtime error on a visible case. */
  error?: string;
}

export interface CodeVerdict {
  verdict: VerdictKind;
  tests: TestResult[];
  /** CPU time of the sandboxed process, measured outside it (median of the timing runs). */
  timeMs: number;
  /** Peak memory of the sandboxed process in KB, measured outside it. */
  memoryKb: number;
  firstFailure?: FirstFailure;
  stderr?: string;
  compileError?: string;
}

export type JudgeMode = "run" | "submit";

export interface JudgeRequest {
  problem: JudgeProblem;
  lang: CodeLang;
  source: string;
  mode: JudgeMode;
}

export type Isolation = "bwrap" | "fallback";

export interface CodeJudge {
  judge(request: JudgeRequest): Promise<CodeVerdict>;
  close(): Promise<void>;
  readonly isolation: Isolation;
}

export function isClassCase(c: TestCase): c is ClassCase {
  return "ops" in c;
}
