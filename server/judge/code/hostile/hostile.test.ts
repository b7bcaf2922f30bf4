// The hostile suite against the real sandbox: each submission gets the expected verdict, leaves no
// process behind, cannot reach the network or host files, and the host's event loop keeps running.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeJudge } from "../code-judge";
import type { CodeJudge } from "../types";
import { HOSTILE_CASES, hostileFixture, hostileLang, hostileSource } from "./hostile-cases";

const SECRET = `EXPECTED-SECRET-${process.pid}-${Date.now()}`;

/**
 * Processes owned by the given uids, read from /proc like ps would. Zombies are dead (no CPU, no
 * memory) and only listed when `withZombies`: in fallback mode a killed orphan waits for the host's
 * init to reap it, which bubblewrap mode avoids entirely.
 */
function processesOf(uids: number[], withZombies: boolean): string[] {
  const found: string[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      const state = /^State:\s+(\S+)/m.exec(status)?.[1] ?? "?";
      if (uids.includes(uid) && (withZombies || state !== "Z")) found.push(`${name} ${state} ${/^Name:\s+(.*)$/m.exec(status)?.[1]}`);
    } catch {
      // the process exited while we looked: not a leftover
    }
  }
  return found;
}

let server: Server;
let port = 0;
let connections = 0;
let ticks = 0;
let maxGapMs = 0;
let timer: NodeJS.Timeout;

beforeAll(async () => {
  process.env.BACKPREP_HOSTILE_SECRET = "do-not-leak";
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
  let last = performance.now();
  timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    ticks++;
  }, 20);
});

afterAll(async () => {
  clearInterval(timer);
  delete process.env.BACKPREP_HOSTILE_SECRET;
  await new Promise((resolve) => server.close(resolve));
});

function suite(mode: "bwrap" | "fallback", uidBase: number) {
  const slots = 2;
  const uids = Array.from({ length: slots }, (_, i) => uidBase + i);
  let judge: CodeJudge;
  const cases = HOSTILE_CASES.filter((c) => mode === "bwrap" || c.fallback);

  describe(`hostile submissions (${mode})`, () => {
    beforeAll(async () => {
      // A generous wall clock: a loaded CI host must not turn a memory bomb into a wall-clock kill.
      judge = await createCodeJudge({ uidBase, slots, timingRuns: 1, wallFactor: 3, forceFallback: mode === "fallback", logger: { warn: () => {} } });
      expect(judge.isolation).toBe(mode);
    });
    afterAll(() => judge.close());

    it.each(cases)("$file → $verdict", { timeout: 30_000 }, async (c) => {
      const ticksBefore = ticks;
      const verdict = await judge.judge({
        problem: hostileFixture(c.fixture, { secret: SECRET, port }),
        lang: hostileLang(c.file),
        source: hostileSource(c.file),
        mode: "submit",
      });
      expect([c.verdict, c.or], JSON.stringify(verdict.firstFailure)).toContain(verdict.verdict);
      if (c.fixture === "secret") {
        // The visible case shows what the hunt found: nothing. The hidden one stays redacted.
        expect(verdict.firstFailure).toEqual({ name: "visible secret", input: [], expected: SECRET, got: "contained" });
      }
      expect(processesOf(uids, mode === "bwrap")).toEqual([]);
      expect(connections).toBe(0);
      expect(existsSync("/tmp/backprep-hostile-marker")).toBe(false);
      expect(existsSync("/tmp/backprep-hostile-marker-py")).toBe(false);
      expect(existsSync("/etc/backprep-hostile")).toBe(false);
      // The host's event loop kept turning while the sandbox ran (timers fire every 20 ms).
      expect(ticks).toBeGreaterThan(ticksBefore);
      expect(JSON.stringify(verdict)).not.toContain("do-not-leak");
    });

    it("kept the host responsive throughout", () => {
      expect(maxGapMs).toBeLessThan(1000);
    });
  });
}

suite("bwrap", 61_400);
suite("fallback", 61_500);
