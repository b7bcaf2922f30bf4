// The coding judge: runs a submission against a problem's cases in one sandboxed process, compares
// results outside the sandbox, and for accepted submissions measures time and memory as the median
// of several runs. `createCodeJudge()` probes the host once; `judge()` is safe to call concurrently.
import { randomBytes } from "node:crypto";
import { parseHarnessChannel } from "./harness-protocol";
import { createSandbox, type SandboxInfo, type SandboxOptions, type SandboxResult } from "./sandbox/sandbox";
import { transpileTypeScript } from "./transpile";
import { CODE_LANGS, type CodeJudge, type CodeVerdict, type JudgeRequest } from "./types";
import { buildVerdict, type JudgedCase } from "./verdict";

export interface CodeJudgeOptions extends SandboxOptions {
  /** Runs measured for an accepted submission (median reported). Default 3; 1 = the judging run only. */
  timingRuns?: number;
  /** Largest accepted source file. Default 256 KB. */
  maxSourceBytes?: number;
  /** Longest stderr excerpt in a verdict. Default 4000 characters. */
  stderrExcerptChars?: number;
}

export class JudgeInputError extends Error {
  override name = "JudgeInputError";
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Probes the sandbox (bubblewrap, cgroups, uids) and returns a ready judge. */
export async function createCodeJudge(options: CodeJudgeOptions = {}): Promise<CodeJudge & { sandboxInfo: SandboxInfo }> {
  const sandbox = await createSandbox(options);
  const timingRuns = Math.max(1, options.timingRuns ?? 3);
  const maxSourceBytes = options.maxSourceBytes ?? 256 * 1024;
  const stderrLimit = options.stderrExcerptChars ?? 4000;

  async function judge(request: JudgeRequest): Promise<CodeVerdict> {
    const { problem, lang, mode } = request;
    if (!CODE_LANGS.includes(lang)) throw new JudgeInputError(`unknown language "${lang}" (use js, ts or py)`);
    if (mode !== "run" && mode !== "submit") throw new JudgeInputError(`unknown mode "${mode}" (use run or submit)`);
    if (Buffer.byteLength(request.source) > maxSourceBytes)
      throw new JudgeInputError(`source is larger than ${maxSourceBytes} bytes`);

    let source = request.source;
    if (lang === "ts") {
      const out = await transpileTypeScript(source);
      if (!out.ok) return { verdict: "compile_error", tests: [], timeMs: 0, memoryKb: 0, compileError: out.message };
      source = out.code;
    }

    const cases: JudgedCase[] = [
      ...problem.tests.examples.map((testCase) => ({ testCase, hidden: false })),
      ...(mode === "submit" ? problem.tests.hidden.map((testCase) => ({ testCase, hidden: true })) : []),
    ];
    const runtime = lang === "py" ? "python" : "node";
    const limits = { timeLimitMs: problem.timeLimitMs, memoryMb: problem.memoryMb };

    const runOnce = async () => {
      // A fresh nonce per run: a line on the channel from an earlier run, or guessed, is rejected.
      const nonce = randomBytes(16).toString("hex");
      // Expected values and case names stay here; the sandbox gets inputs only.
      const payload = JSON.stringify({
        nonce,
        kind: problem.kind,
        entry: problem.entry,
        source,
        cases: cases.map(({ testCase }) =>
          "ops" in testCase ? { ctor: testCase.ctor, ops: testCase.ops, args: testCase.args } : { args: testCase.args },
        ),
      });
      const run = await sandbox.run(runtime, payload, limits);
      const report = parseHarnessChannel(run.channel, nonce, cases.length);
      return { run, verdict: buildVerdict({ cases, compare: problem.compare, ...limits, run, report, stderrLimit }) };
    };

    const first = await runOnce();
    if (first.verdict.verdict !== "accepted" || timingRuns === 1) return first.verdict;

    // Timing runs measure the same accepted program again; their verdicts are not re-judged
    // (a nondeterministic program is judged on its first run), only their measurements count.
    const extra = await Promise.all(Array.from({ length: timingRuns - 1 }, () => runOnce()));
    const measured: SandboxResult[] = [first.run, ...extra.filter((e) => e.verdict.verdict === "accepted").map((e) => e.run)];
    return {
      ...first.verdict,
      timeMs: Math.round(median(measured.map((r) => r.cpuMs ?? r.wallMs))),
      memoryKb: Math.round(median(measured.map((r) => r.memoryKb ?? 0))),
    };
  }

  // close() waits for judgements in flight: they need the harness directory it removes.
  const inFlight = new Set<Promise<unknown>>();
  const tracked = (request: JudgeRequest): Promise<CodeVerdict> => {
    const p = judge(request);
    inFlight.add(p);
    const forget = () => inFlight.delete(p);
    p.then(forget, forget);
    return p;
  };

  return {
    judge: tracked,
    async close() {
      await Promise.allSettled([...inFlight]);
      await sandbox.close();
    },
    isolation: sandbox.info.isolation,
    sandboxInfo: sandbox.info,
  };
}
