// Host-side plumbing shared by the PGlite template builder and pool: compile the WASM module once
// per process, read the file-system bundle once, and start sandbox workers with both.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./pglite-worker";

export interface PgliteRuntime {
  wasmModule: WebAssembly.Module;
  fsBundle: Uint8Array;
  version: string;
}

let runtime: Promise<PgliteRuntime> | undefined;

/** The compiled PGlite module and its FS bundle, loaded once per process. */
export function loadRuntime(): Promise<PgliteRuntime> {
  runtime ??= (async () => {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve("@electric-sql/pglite"));
    const pkg = JSON.parse(await readFile(path.join(dist, "..", "package.json"), "utf8")) as { version: string };
    const [wasm, data] = await Promise.all([readFile(path.join(dist, "pglite.wasm")), readFile(path.join(dist, "pglite.data"))]);
    return { wasmModule: await WebAssembly.compile(wasm), fsBundle: new Uint8Array(data), version: pkg.version };
  })();
  return runtime;
}

// When this module runs as TypeScript (tsx, vitest) the worker is TypeScript too: a small eval
// bootstrap registers tsx's loader inside the thread (execArgv --import is not honoured by
// workers on Node 20), then imports the worker module.
const IS_TS = import.meta.url.endsWith(".ts");
const WORKER_URL = new URL(IS_TS ? "./pglite-worker.ts" : "./pglite-worker.js", import.meta.url);

function bootstrap(): string {
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  return `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
}

/** Start a sandbox worker thread. */
export function spawnWorker(rt: PgliteRuntime): Worker {
  return new Worker(IS_TS ? bootstrap() : WORKER_URL, {
    eval: IS_TS,
    workerData: { wasmModule: rt.wasmModule, fsBundle: rt.fsBundle },
    // The JS heap of a sandbox stays small (results are capped); WASM memory is outside this limit.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
}

/** Send one request and wait for the reply (or the worker's death). */
export function request(worker: Worker, msg: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (reply: WorkerReply) => { cleanup(); resolve(reply); };
    const onError = (e: Error) => { cleanup(); reject(e); };
    const onExit = (code: number) => { cleanup(); reject(new Error(`sandbox worker exited (code ${code})`)); };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(msg, transfer);
  });
}
