import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue, createRedisJobQueue, QueueClosedError, QueueFullError } from "./judge-queue";

/** A job the test finishes by hand. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

const noErrors = (err: unknown) => {
  throw err;
};

describe("createJobQueue", () => {
  it("runs at most `concurrency` jobs at once, in the order they were added", async () => {
    const gates = new Map<number, ReturnType<typeof gate>>();
    const started: number[] = [];
    let running = 0;
    let peak = 0;
    const queue = createJobQueue<number>(
      async (n) => {
        started.push(n);
        peak = Math.max(peak, ++running);
        const g = gate();
        gates.set(n, g);
        await g.done;
        running--;
      },
      { concurrency: 2, onError: noErrors },
    );
    const adding = [1, 2, 3, 4, 5].map((n) => queue.add(n));
    expect(started).toEqual([]); // nothing runs inside add()
    await Promise.all(adding);
    await expect.poll(() => started).toEqual([1, 2]);
    expect(await queue.stats()).toEqual({ waiting: 3, running: 2 });

    gates.get(2)!.open();
    await expect.poll(() => started).toEqual([1, 2, 3]);
    for (const n of [1, 3, 4, 5]) {
      await expect.poll(() => gates.has(n)).toBe(true);
      gates.get(n)!.open();
    }
    await queue.onIdle();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(await queue.stats()).toEqual({ waiting: 0, running: 0 });
  });

  it("refuses jobs beyond the backlog cap", async () => {
    const g = gate();
    const queue = createJobQueue<string>(() => g.done, { concurrency: 1, maxWaiting: 2, onError: noErrors });
    await queue.add("a");
    await expect.poll(async () => (await queue.stats()).running).toBe(1);
    await queue.add("b");
    await queue.add("c");
    await expect(queue.add("d")).rejects.toThrow(QueueFullError);
    g.open();
    await queue.onIdle();
    await queue.add("e"); // room again
    await queue.onIdle();
  });

  it("keeps going after a handler throws, reporting the error with its job", async () => {
    const failures: [string, string][] = [];
    const done: string[] = [];
    const queue = createJobQueue<string>(
      async (job) => {
        if (job === "bad") throw new Error("boom");
        done.push(job);
      },
      { concurrency: 1, onError: (err, job) => failures.push([(err as Error).message, job ?? "(none)"]) },
    );
    await queue.add("bad");
    await queue.add("good");
    await queue.onIdle();
    expect(failures).toEqual([["boom", "bad"]]);
    expect(done).toEqual(["good"]);
  });

  it("close waits for running jobs, returns the ones that never started, and refuses new ones", async () => {
    const g = gate();
    let finished = false;
    const queue = createJobQueue<number>(
      async () => {
        await g.done;
        finished = true;
      },
      { concurrency: 1, onError: noErrors },
    );
    await queue.add(1);
    await queue.add(2);
    await queue.add(3);
    await expect.poll(async () => (await queue.stats()).running).toBe(1);
    const closing = queue.close();
    await expect(queue.add(4)).rejects.toThrow(QueueClosedError);
    g.open();
    expect(await closing).toEqual([2, 3]);
    expect(finished).toBe(true);
    await queue.onIdle();
  });
});

// The BullMQ variant against a real, throwaway Redis (skipped where redis-server is not installed).
const REDIS_SERVER = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find((p) => existsSync(p));

describe.skipIf(!REDIS_SERVER)("createRedisJobQueue", () => {
  let redis: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    redis = spawn(REDIS_SERVER!, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve, reject) => {
      redis.stdout!.on("data", (d: Buffer) => d.toString().includes("Ready to accept connections") && resolve());
      redis.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
    url = `redis://127.0.0.1:${port}`;
  });
  afterAll(() => void redis?.kill("SIGTERM"));

  it("runs jobs with bounded concurrency, reports handler errors, and refuses a full backlog", async () => {
    const name = `test-${Date.now()}`;
    const done: number[] = [];
    const failures: string[] = [];
    let running = 0;
    let peak = 0;
    const handle = async (job: { n: number }) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 30));
      running--;
      if (job.n === 3) throw new Error("boom");
      done.push(job.n);
    };
    const queue = createRedisJobQueue(handle, { redisUrl: url, name, concurrency: 2, onError: (err) => failures.push((err as Error).message) });
    expect(queue.durable).toBe(true);
    for (let n = 1; n <= 6; n++) await queue.add({ n });
    await queue.onIdle();
    expect(done.sort()).toEqual([1, 2, 4, 5, 6]);
    expect(failures).toEqual(["boom"]);
    expect(peak).toBe(2);
    expect(await queue.close()).toEqual([]);

    // A full backlog is refused.
    const blocked = gate();
    const small = createRedisJobQueue(() => blocked.done, { redisUrl: url, name: `${name}-small`, concurrency: 1, maxWaiting: 1, onError: noErrors });
    await small.add({ n: 1 });
    await expect.poll(async () => (await small.stats()).running).toBe(1);
    await small.add({ n: 2 });
    await expect(small.add({ n: 3 })).rejects.toThrow(QueueFullError);
    blocked.open();
    await small.onIdle();
    await small.close();
  });

  it("keeps waiting jobs in Redis when a process stops: the next worker runs them, each once", async () => {
    const name = `restart-${Date.now()}`;
    const seen: number[] = [];
    const first = gate();
    const before = createRedisJobQueue(
      async (job: { n: number }) => {
        seen.push(job.n);
        await first.done;
      },
      { redisUrl: url, name, concurrency: 1, onError: noErrors },
    );
    for (const n of [1, 2, 3]) await before.add({ n });
    await expect.poll(() => seen.length).toBe(1);
    const closing = before.close(); // stop fetching, then let the running job finish
    first.open();
    expect(await closing).toEqual([]);

    const after = createRedisJobQueue(async (job: { n: number }) => void seen.push(job.n), { redisUrl: url, name, concurrency: 2, onError: noErrors });
    await after.onIdle();
    await after.close();
    expect(seen.sort()).toEqual([1, 2, 3]);
  });
});
