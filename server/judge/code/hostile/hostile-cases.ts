// The hostile suite: submissions that attack the sandbox, with the verdict each must get and the
// fixture problem it answers. Used by hostile.test.ts (bwrap and fallback) and by the docs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CodeLang, JudgeProblem, VerdictKind } from "../types";

export type FixtureName = "add" | "bomb" | "probe" | "secret" | "network";

export interface HostileCase {
  file: string;
  fixture: FixtureName;
  verdict: VerdictKind;
  /**
   * Another verdict that is also a correct containment: a fork bomb's processes can fill
   * the memory limit before the CPU limit runs out, depending on how fast the host forks.
   */
  or?: VerdictKind;
  /** Whether the fallback (no bubblewrap) must contain it too. */
  fallback: boolean;
}

export const HOSTILE_CASES: HostileCase[] = [
  { file: "fork-bomb.js", fixture: "add", verdict: "time_limit", or: "memory_limit", fallback: true },
  { file: "fork-bomb.py", fixture: "add", verdict: "time_limit", or: "memory_limit", fallback: true },
  { file: "heap-bomb.js", fixture: "bomb", verdict: "memory_limit", fallback: true },
  { file: "heap-bomb.py", fixture: "bomb", verdict: "memory_limit", fallback: true },
  { file: "buffer-bomb.js", fixture: "bomb", verdict: "memory_limit", fallback: true },
  { file: "buffer-bomb.ts", fixture: "bomb", verdict: "memory_limit", fallback: true },
  { file: "bytearray-bomb.py", fixture: "bomb", verdict: "memory_limit", fallback: true },
  { file: "infinite-loop.js", fixture: "add", verdict: "time_limit", fallback: true },
  { file: "infinite-loop.ts", fixture: "add", verdict: "time_limit", fallback: false },
  { file: "infinite-loop.py", fixture: "add", verdict: "time_limit", fallback: true },
  { file: "sleep.js", fixture: "add", verdict: "time_limit", fallback: true },
  { file: "sleep.py", fixture: "add", verdict: "time_limit", fallback: true },
  { file: "signal-handlers.js", fixture: "add", verdict: "time_limit", fallback: true },
  { file: "signal-handlers.py", fixture: "add", verdict: "time_limit", fallback: true },
  { file: "orphan-process.js", fixture: "add", verdict: "accepted", fallback: true },
  { file: "orphan-process.py", fixture: "add", verdict: "accepted", fallback: true },
  { file: "kill-parent.js", fixture: "add", verdict: "accepted", fallback: false },
  { file: "read-passwd.js", fixture: "probe", verdict: "accepted", fallback: false },
  { file: "read-passwd.py", fixture: "probe", verdict: "accepted", fallback: false },
  { file: "hunt-expected.js", fixture: "secret", verdict: "wrong_answer", fallback: false },
  { file: "write-outside.js", fixture: "probe", verdict: "accepted", fallback: false },
  { file: "write-outside.py", fixture: "probe", verdict: "accepted", fallback: false },
  { file: "network.js", fixture: "network", verdict: "accepted", fallback: true },
  { file: "network.py", fixture: "network", verdict: "accepted", fallback: true },
  { file: "env-secrets.js", fixture: "probe", verdict: "accepted", fallback: true },
  { file: "env-secrets.py", fixture: "probe", verdict: "accepted", fallback: true },
  { file: "flood-output.js", fixture: "add", verdict: "runtime_error", fallback: true },
  { file: "flood-output.py", fixture: "add", verdict: "runtime_error", fallback: true },
  { file: "exit-early.js", fixture: "add", verdict: "runtime_error", fallback: true },
  { file: "exit-early.py", fixture: "add", verdict: "runtime_error", fallback: true },
  { file: "fake-results.js", fixture: "add", verdict: "runtime_error", fallback: true },
  { file: "fake-results.ts", fixture: "add", verdict: "runtime_error", fallback: false },
  { file: "steal-nonce.py", fixture: "add", verdict: "wrong_answer", fallback: true },
  { file: "tamper-harness.js", fixture: "add", verdict: "wrong_answer", fallback: true },
  { file: "tamper-harness.py", fixture: "add", verdict: "wrong_answer", fallback: true },
];

export function hostileSource(file: string): string {
  return readFileSync(fileURLToPath(new URL(file, import.meta.url)), "utf8");
}

export function hostileLang(file: string): CodeLang {
  return file.slice(file.lastIndexOf(".") + 1) as CodeLang;
}

const base = { compare: "exact", timeLimitMs: 1000, memoryMb: 128 } as const;

/** The fixture problems; `secret` and `network` take values only known when the test runs. */
export function hostileFixture(name: FixtureName, opts: { secret: string; port: number }): JudgeProblem {
  switch (name) {
    case "add":
      return {
        ...base, id: "hostile-add", kind: "function", entry: "solve",
        tests: { examples: [{ name: "1 + 2", args: [1, 2], expected: 3 }], hidden: [{ name: "40 + 2", args: [40, 2], expected: 42 }] },
      };
    case "bomb":
      // V8 spends seconds of CPU in garbage collection before it gives up at the heap limit (more on
      // a loaded host): a roomy CPU budget makes memory the limit that is hit.
      return { ...hostileFixture("add", opts), id: "hostile-bomb", timeLimitMs: 8000 };
    case "probe":
      return {
        ...base, id: "hostile-probe", kind: "function", entry: "solve", timeLimitMs: 5000,
        tests: { examples: [{ name: "contained", args: [], expected: "contained" }], hidden: [] },
      };
    case "secret":
      return {
        ...base, id: "hostile-secret", kind: "function", entry: "solve", timeLimitMs: 5000,
        tests: {
          examples: [{ name: "visible secret", args: [], expected: opts.secret }],
          hidden: [{ name: "hidden secret", args: [], expected: `${opts.secret}-hidden` }],
        },
      };
    case "network":
      return {
        ...base, id: "hostile-network", kind: "function", entry: "solve", timeLimitMs: 5000,
        tests: { examples: [{ name: "no network", args: [opts.port], expected: "contained" }], hidden: [] },
      };
  }
}
