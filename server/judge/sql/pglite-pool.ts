// A pool of PGlite sandboxes, each a worker thread holding an in-memory clone of one dataset's
// template. A job goes to an idle sandbox of its dataset (starting or repurposing one when
// needed); a wall-clock timer terminates the worker if the job overruns, and a replacement is
// started in the background. Workers are thrown away too when a job reports itself poisoned or
// asks for it (discardAfter), so nothing one submission does reaches the next.

import type { Worker } from "node:worker_threads";
import { loadRuntime, request, spawnWorker } from "./pglite-runtime";
import { TemplateStore } from "./pglite-templates";
import type { WorkerReply } from "./pglite-worker";
import type { DatasetSource, JobOutcome, SandboxBackend, SandboxJob } from "./sandbox-protocol";

export interface PglitePoolOptions {
  /** Concurrent sandboxes (each ~200 MB); default 2, one per core here. */
  maxWorkers?: number;
  /** Template cache directory; null for memory only. */
  cacheDir?: string | null;
}

interface Slot {
  id: number;
  dataset: string;
  worker?: Worker;
  ready: Promise<void>;
  busy: boolean;
  dead: boolean;
}

interface Waiter {
  dataset: DatasetSource;
  resolve: (slot: Slot) => void;
  reject: (e: unknown) => void;
}

export class PglitePool implements SandboxBackend {
  readonly kind = "pglite" as const;
  private readonly maxWorkers: number;
  private readonly templates: TemplateStore;
  private slots: Slot[] = [];
  private queue: Waiter[] = [];
  private nextSlot = 1;
  private nextJob = 1;
  private closed = false;
  private counters = { started: 0, terminated: 0, timeouts: 0, crashes: 0 };

  constructor(options: PglitePoolOptions = {}) {
    this.maxWorkers = Math.max(1, options.maxWorkers ?? 2);
    this.templates = new TemplateStore(options.cacheDir === undefined ? undefined : options.cacheDir);
  }

  async warm(dataset: DatasetSource): Promise<void> {
    const slot = await this.acquire(dataset);
    this.release(slot);
  }

  async runJob(dataset: DatasetSource, job: SandboxJob, timeLimitMs: number): Promise<JobOutcome> {
    const slot = await this.acquire(dataset);
    const worker = slot.worker!;
    const id = this.nextJob++;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<"timeout">((resolve) => { timer = setTimeout(() => resolve("timeout"), timeLimitMs); });
      const reply = await Promise.race([request(worker, { type: "job", id, job }), timeout]);
      if (reply === "timeout") {
        this.counters.timeouts++;
        // Do not make the verdict wait for the thread to wind down.
        void this.kill(slot, true);
        return { kind: "timeout", timeMs: performance.now() - started };
      }
      if (reply.type === "failed") {
        await this.kill(slot, true);
        return { kind: "crashed", message: reply.message };
      }
      if (reply.type !== "result") throw new Error(`unexpected reply ${reply.type}`);
      if (reply.result.poisoned || job.discardAfter) await this.kill(slot, true);
      return { kind: "done", result: reply.result };
    } catch (e) {
      // The worker died under the job (out of memory in WASM, an abort): replace it.
      this.counters.crashes++;
      await this.kill(slot, true);
      return { kind: "crashed", message: e instanceof Error ? e.message : String(e) };
    } finally {
      clearTimeout(timer);
      this.release(slot);
    }
  }

  stats(): Record<string, number> {
    return { workers: this.slots.filter((s) => !s.dead).length, busy: this.slots.filter((s) => s.busy).length, ...this.counters };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new Error("the SQL judge was closed"));
    await Promise.all(this.slots.map((s) => this.kill(s, false)));
  }

  // --- scheduling -------------------------------------------------------------------------------

  private acquire(dataset: DatasetSource): Promise<Slot> {
    if (this.closed) return Promise.reject(new Error("the SQL judge was closed"));
    this.datasetSources.set(dataset.name, dataset);
    return new Promise((resolve, reject) => {
      this.queue.push({ dataset, resolve, reject });
      this.dispatch();
    });
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.dispatch();
  }

  private dispatch(): void {
    for (let i = 0; i < this.queue.length; i++) {
      const w = this.queue[i]!;
      let slot = this.slots.find((s) => !s.busy && !s.dead && s.dataset === w.dataset.name);
      if (!slot) {
        const live = this.slots.filter((s) => !s.dead);
        if (live.length >= this.maxWorkers) {
          // Repurpose an idle sandbox of another dataset, if any; otherwise keep waiting.
          const idle = live.find((s) => !s.busy && s.dataset !== w.dataset.name);
          if (!idle) continue;
          void this.kill(idle, false);
        }
        slot = this.start(w.dataset);
      }
      slot.busy = true;
      this.queue.splice(i--, 1);
      const s = slot;
      s.ready.then(() => w.resolve(s), (e) => {
        s.dead = true;
        s.busy = false;
        this.slots = this.slots.filter((x) => x !== s);
        w.reject(e);
        this.dispatch();
      });
    }
  }

  private start(dataset: DatasetSource): Slot {
    const slot: Slot = { id: this.nextSlot++, dataset: dataset.name, busy: false, dead: false, ready: Promise.resolve() };
    slot.ready = (async () => {
      const [rt, template] = await Promise.all([loadRuntime(), this.templates.dataset(dataset)]);
      if (slot.dead) throw new Error("sandbox discarded before it started");
      const worker = await spawnWorker(rt);
      if (slot.dead) { void worker.terminate(); throw new Error("sandbox discarded before it started"); }
      slot.worker = worker;
      worker.on("error", () => { slot.dead = true; });
      worker.on("exit", () => { slot.dead = true; });
      this.counters.started++;
      // The template lives in a SharedArrayBuffer: the worker copies it in its own thread.
      const reply: WorkerReply = await request(worker, { type: "start", data: template.data, searchPath: template.searchPath });
      if (reply.type !== "ready") throw new Error(`sandbox failed to start: ${reply.type === "failed" ? reply.message : reply.type}`);
    })();
    slot.ready.catch(() => { slot.dead = true; });
    this.slots.push(slot);
    return slot;
  }

  /** Terminate a sandbox; with `replace`, start a fresh one for the same dataset in the background. */
  private async kill(slot: Slot, replace: boolean): Promise<void> {
    if (slot.dead && !slot.worker) return;
    slot.dead = true;
    this.slots = this.slots.filter((s) => s !== slot);
    const w = slot.worker;
    slot.worker = undefined;
    if (replace && !this.closed) this.prestart(slot.dataset);
    if (w) {
      this.counters.terminated++;
      await w.terminate();
    }
  }

  // Keep a warm sandbox for the dataset whose worker we just killed, if there is room.
  private prestart(datasetName: string): void {
    const known = this.datasetSources.get(datasetName);
    if (!known || this.slots.filter((s) => !s.dead).length >= this.maxWorkers) return;
    const s = this.start(known);
    s.ready.then(() => this.dispatch(), () => undefined);
  }

  // Dataset sources seen so far, so a replacement can start without waiting for a request.
  private datasetSources = new Map<string, DatasetSource>();
}
