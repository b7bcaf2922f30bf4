// Turns one sandboxed run (what the harness reported plus what the supervisor measured) into a
// verdict. The first case that did not pass decides: a wrong value, an exception, or — when the
// case never reported — what stopped the process (a limit the supervisor saw, or a crash).
// Expected values are compared here and never leave the parent.
import { valuesMatch } from "./compare";
import type { HarnessReport } from "./harness-protocol";
import type { SandboxResult } from "./sandbox/sandbox";
import { isClassCase, type CodeVerdict, type CompareMode, type FirstFailure, type TestCase, type TestResult, type VerdictKind } from "./types";

export interface JudgedCase {
  testCase: TestCase;
  hidden: boolean;
}

export interface VerdictInput {
  cases: JudgedCase[];
  compare: CompareMode;
  timeLimitMs: number;
  memoryMb: number;
  run: SandboxResult;
  report: HarnessReport;
  stderrLimit: number;
}

const MEMORY_PATTERNS =
  /heap out of memory|Array buffer allocation failed|std::bad_alloc|Fatal process out of memory|Allocation failed|MemoryError|Cannot allocate memory|Invalid array length|Invalid typed array length/i;

function inputOf(c: TestCase): unknown {
  return isClassCase(c) ? { ctor: c.ctor, ops: c.ops, args: c.args } : c.args;
}

function excerpt(text: string, limit: number): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return trimmed.length > limit ? `${trimmed.slice(0, limit)}\n… (truncated)` : trimmed;
}

/** Why the process stopped before reporting every case. */
function stopCause(input: VerdictInput): { verdict: VerdictKind; message: string } {
  const { run, report, timeLimitMs, memoryMb } = input;
  if (report.tampered) return { verdict: "runtime_error", message: `result channel rejected: ${report.tampered}` };
  if (run.timedOut) return { verdict: "time_limit", message: `wall-clock limit exceeded (${Math.round(run.wallMs)} ms)` };
  if (run.signal === "SIGXCPU") return { verdict: "time_limit", message: `CPU limit of ${timeLimitMs} ms exceeded` };
  // A program that died of memory exhaustion is judged on that even if it also burnt its CPU (GC thrash).
  if (run.oomKilled || MEMORY_PATTERNS.test(run.stderr)) return { verdict: "memory_limit", message: `memory limit of ${memoryMb} MB exceeded` };
  if (run.cpuMs !== undefined && run.cpuMs > timeLimitMs) return { verdict: "time_limit", message: `CPU limit of ${timeLimitMs} ms exceeded` };
  if (run.outputExceeded) return { verdict: "runtime_error", message: "output limit exceeded" };
  // SIGKILL that is neither our deadline nor the OOM killer: RLIMIT_CPU's hard limit.
  if (run.signal === "SIGKILL") return { verdict: "time_limit", message: "killed at the CPU limit" };
  const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`;
  return { verdict: "runtime_error", message: `the program ${how} before every case finished` };
}

export function buildVerdict(input: VerdictInput): CodeVerdict {
  const { cases, report, run } = input;
  const measured = { timeMs: Math.round(run.cpuMs ?? run.wallMs), memoryKb: run.memoryKb ?? 0 };
  // Stderr of a run that saw hidden cases could carry their inputs: show it only when every case
  // the user's code received is visible to them anyway.
  const stderr = cases.some((c) => c.hidden) ? undefined : excerpt(run.stderr, input.stderrLimit);
  const withStderr = (v: CodeVerdict): CodeVerdict => (stderr ? { ...v, stderr } : v);

  if (report.compileError && !report.tampered) {
    return withStderr({ verdict: "compile_error", tests: [], ...measured, compileError: report.compileError.message });
  }

  const trusted = !report.tampered;
  const tests: TestResult[] = cases.map(({ testCase, hidden }, index) => {
    const result = trusted ? report.cases.get(index) : undefined;
    const passed = !!result && result.ok && valuesMatch(result.value, testCase.expected, input.compare, isClassCase(testCase));
    return { name: testCase.name, passed, timeMs: Math.round((result?.timeMs ?? 0) * 1000) / 1000, hidden };
  });

  // A run that was cut short (a limit, a crash) is judged on that even if the cases it finished passed.
  const cutShort = !trusted || run.timedOut || run.outputExceeded || !report.done;
  if (trusted && report.setupError) {
    // Top-level code runs before any case, so its error names no case data: always shown.
    const error = report.setupError.message;
    const verdict: VerdictKind = MEMORY_PATTERNS.test(error) ? "memory_limit" : "runtime_error";
    return withStderr({ verdict, tests, ...measured, firstFailure: { name: "(top level)", error } });
  }

  const failedAt = tests.findIndex((t) => !t.passed);
  if (failedAt < 0 && !cutShort) {
    // Every case passed, but CPU over the limit still fails (RLIMIT_CPU is whole seconds).
    if (run.cpuMs !== undefined && run.cpuMs > input.timeLimitMs)
      return withStderr({ verdict: "time_limit", tests, ...measured });
    return withStderr({ verdict: "accepted", tests, ...measured });
  }

  const at = failedAt >= 0 ? failedAt : cases.length - 1;
  const { testCase, hidden } = cases[at]!;
  const result = trusted ? report.cases.get(at) : undefined;
  const failure: FirstFailure = { name: testCase.name };
  let verdict: VerdictKind;
  if (result?.ok) {
    verdict = "wrong_answer";
    if (!hidden) Object.assign(failure, { input: inputOf(testCase), expected: testCase.expected, got: result.value });
  } else if (result) {
    verdict = MEMORY_PATTERNS.test(`${result.error.type} ${result.error.message}`) ? "memory_limit" : "runtime_error";
    // A hidden case names only the error type: its message could quote the hidden input.
    Object.assign(failure, hidden ? { error: result.error.type } : { input: inputOf(testCase), expected: testCase.expected, error: result.error.message });
  } else {
    const cause = stopCause(input);
    verdict = cause.verdict;
    Object.assign(failure, hidden ? { error: cause.message } : { input: inputOf(testCase), error: cause.message });
  }
  return withStderr({ verdict, tests, ...measured, firstFailure: failure });
}
