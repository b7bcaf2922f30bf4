// Job queues that run judging off the request: at most `concurrency` jobs run at once and the
// backlog is capped, so a flood of submissions is refused (503) instead of growing without bound.
// `createJobQueue` keeps jobs in memory (one process); `createRedisJobQueue` keeps them in Redis
// through BullMQ, so several server processes share the work and queued jobs survive a restart.

export interface JobQueue<T> {
  /** Accepts a job for later; rejects with QueueFullError when the backlog is at its cap. */
  add(job: T): Promise<void>;
  /** Jobs waiting and running now. */
  stats(): Promise<{ waiting: number; running: number }>;
  /** Resolves once nothing is waiting or running. */
  onIdle(): Promise<void>;
  /** Stops taking jobs and waits for the running ones; returns the jobs that never started and are lost. */
  close(): Promise<T[]>;
  /** True when waiting jobs outlive this process (a restart does not lose them). */
  readonly durable: boolean;
}

export interface JobQueueOptions<T> {
  /** Jobs run at once. */
  concurrency: number;
  /** Jobs allowed to wait; add() beyond this throws. Default 1000. */
  maxWaiting?: number;
  /** Called when the handler throws (the queue keeps going); without a job for the queue's own errors. */
  onError(error: unknown, job: T | undefined): void;
}

export class QueueFullError extends Error {
  override name = "QueueFullError";
}

export class QueueClosedError extends Error {
  override name = "QueueClosedError";
}

/** An in-process queue: jobs run in this process, in the order they were added. */
export function createJobQueue<T>(handle: (job: T) => Promise<void>, options: JobQueueOptions<T>): JobQueue<T> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const maxWaiting = options.maxWaiting ?? 1000;
  const waiting: T[] = [];
  const running = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let closed = false;

  function settleIdle() {
    if (waiting.length || running.size) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function pump() {
    while (!closed && running.size < concurrency && waiting.length) {
      const job = waiting.shift()!;
      // Run on a later tick so add() never runs user-visible work synchronously.
      const task: Promise<void> = Promise.resolve()
        .then(() => handle(job))
        .catch((error: unknown) => options.onError(error, job))
        .finally(() => {
          running.delete(task);
          pump();
          settleIdle();
        });
      running.add(task);
    }
  }

  return {
    durable: false,
    async add(job) {
      if (closed) throw new QueueClosedError("the queue is closed");
      if (waiting.length >= maxWaiting) throw new QueueFullError(`${waiting.length} jobs are already waiting`);
      waiting.push(job);
      pump();
    },
    stats: async () => ({ waiting: waiting.length, running: running.size }),
    onIdle() {
      if (!waiting.length && !running.size) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      const dropped = waiting.splice(0);
      await Promise.all([...running]);
      settleIdle();
      return dropped;
    },
  };
}

export interface RedisJobQueueOptions<T> extends JobQueueOptions<T> {
  redisUrl: string;
  /** The queue's name in Redis; every process judging the same jobs uses the same one. */
  name: string;
  /** How often onIdle() looks at the counts. Default 100 ms. */
  pollMs?: number;
}

/**
 * A BullMQ queue with the same interface. Every process that creates it is also a worker, with
 * `concurrency` jobs at once. Jobs carry only what the handler needs to find its work (an id).
 * A job whose handler throws is reported to onError and not retried (judging is not idempotent
 * from the user's point of view: they see one verdict).
 */
export function createRedisJobQueue<T extends object>(handle: (job: T) => Promise<void>, options: RedisJobQueueOptions<T>): JobQueue<T> {
  const maxWaiting = options.maxWaiting ?? 1000;
  const connection = { url: options.redisUrl, maxRetriesPerRequest: null };
  let closed = false;
  // bullmq is loaded only when a Redis queue is configured.
  const ready = import("bullmq").then(({ Queue, Worker }) => {
    // Untyped on purpose: BullMQ's job-name generics cannot resolve an open T.
    const queue = new Queue(options.name, { connection, defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 1000, attempts: 1 } });
    const worker = new Worker(
      options.name,
      async (job) => {
        const data = job.data as T;
        try {
          await handle(data);
        } catch (error) {
          options.onError(error, data);
        }
      },
      { connection, concurrency: Math.max(1, Math.floor(options.concurrency)) },
    );
    worker.on("error", (error) => options.onError(error, undefined));
    return { queue, worker };
  });

  const counts = async () => {
    const { queue } = await ready;
    const c = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
    return { waiting: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0), running: c.active ?? 0 };
  };

  return {
    durable: true,
    async add(job) {
      if (closed) throw new QueueClosedError("the queue is closed");
      const { queue } = await ready;
      const { waiting } = await counts();
      if (waiting >= maxWaiting) throw new QueueFullError(`${waiting} jobs are already waiting`);
      await queue.add("job", job);
    },
    stats: counts,
    async onIdle() {
      for (;;) {
        const { waiting, running } = await counts();
        if (!waiting && !running) return;
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 100));
      }
    },
    async close() {
      closed = true;
      const { queue, worker } = await ready;
      await worker.close(); // waits for this process's running jobs
      await queue.close();
      return []; // waiting jobs stay in Redis for the next worker
    },
  };
}
