// Host-side plumbing shared by the PGlite template builder and pool: compile the WASM module once
// per process, read the file-system bundle once, and start sandbox workers with both.

import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./pglite-worker";

export interface PgliteRuntime {
  wasmModule: WebAssembly.Module;
  /** Shared with every worker (a SharedArrayBuffer: posting it copies nothing). */
  fsBundle: Uint8Array;
  version: string;
  nodeModules: string;
}

let runtime: Promise<PgliteRuntime> | undefined;

/** Copy bytes into a SharedArrayBuffer once, so handing them to workers is free. */
export function shared(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  out.set(bytes);
  return out;
}

/** The compiled PGlite module and its FS bundle, loaded once per process. */
export function loadRuntime(): Promise<PgliteRuntime> {
  runtime ??= (async () => {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve("@electric-sql/pglite"));
    const pkg = JSON.parse(await readFile(path.join(dist, "..", "package.json"), "utf8")) as { version: string };
    const [wasm, data] = await Promise.all([readFile(path.join(dist, "pglite.wasm")), readFile(path.join(dist, "pglite.data"))]);
    return { wasmModule: await WebAssembly.compile(wasm), fsBundle: shared(data), version: pkg.version, nodeModules: path.resolve(dist, "../../..") };
  })();
  return runtime;
}

// When this module runs as TypeScript (tsx, vitest) the worker is bundled once per process with
// esbuild into plain JS next to node_modules (so "@electric-sql/pglite" still resolves). Starting
// workers through tsx's loader instead cost seconds of CPU per worker on a loaded machine.
const IS_TS = import.meta.url.endsWith(".ts");
let workerFile: Promise<string> | undefined;

function workerEntry(rt: PgliteRuntime): Promise<string> {
  workerFile ??= (async () => {
    if (!IS_TS) return fileURLToPath(new URL("./pglite-worker.js", import.meta.url));
    const { build } = await import("esbuild");
    const out = await build({
      entryPoints: [fileURLToPath(new URL("./pglite-worker.ts", import.meta.url))],
      bundle: true, platform: "node", format: "esm", target: "node20", write: false,
      external: ["@electric-sql/pglite"],
    });
    const code = out.outputFiles[0]!.text;
    const dir = path.join(rt.nodeModules, ".cache", "backprep-sql-judge");
    const file = path.join(dir, `pglite-worker-${createHash("sha256").update(code).digest("hex").slice(0, 12)}.mjs`);
    await mkdir(dir, { recursive: true });
    await writeFile(file, code);
    return file;
  })();
  return workerFile;
}

/** Start a sandbox worker thread. */
export async function spawnWorker(rt: PgliteRuntime): Promise<Worker> {
  const worker = new Worker(await workerEntry(rt), {
    workerData: { wasmModule: rt.wasmModule, fsBundle: rt.fsBundle },
    // Whatever PostgreSQL prints goes to our stderr: stdout belongs to the CLI's JSON.
    stdout: true,
    stderr: true,
    // The JS heap of a sandbox stays small (results are capped); WASM memory is outside this limit.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  worker.stdout.pipe(process.stderr, { end: false });
  worker.stderr.pipe(process.stderr, { end: false });
  return worker;
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
