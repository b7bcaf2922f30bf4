// The hostile suite against the real sandbox: each submission gets the expected verdict, leaves no
// process behind, cannot reach the network or host files, and the host's event loop keeps running.
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodeJudge } from "../code-judge";
import type { CodeJudge } from "../types";
import { processesOf } from "../sandbox/uid-processes";
import { HOSTILE_CASES, hostileFixture, hostileLang, hostileSource } from "./hostile-cases";

const SECRET = `EXPECTED-SECRET-${process.pid}-${Date.now()}`;

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
      // Zombies are dead (no CPU, no memory) and only count in bwrap mode: in fallback mode a
      // killed orphan waits for the host's init to reap it, which the pid namespace avoids.
      const left = (await processesOf(uids)).filter((p) => mode === "bwrap" || p.state !== "Z");
      expect(left.map((p) => `${p.pid} ${p.state} ${p.name}`)).toEqual([]);
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
