// Template data directories: a base (initdb + sandbox role, ~5 s) and one per dataset (base +
// dataset SQL + ANALYZE). Each is built once in a throw-away worker (so the host never holds a
// PGlite instance) and cached on disk, keyed by the PGlite version and a hash of the dataset SQL,
// so later processes (the CLI, test files) start sandboxes in about a second.

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadRuntime, request, shared, spawnWorker } from "./pglite-runtime";
import type { DatasetSource } from "./sandbox-protocol";

export interface DatasetTemplate {
  data: Uint8Array;
  searchPath: string;
}

// Bump when what a template contains changes (roles, grants, settings).
const TEMPLATE_FORMAT = 3;

export function defaultCacheDir(): string {
  return process.env.BACKPREP_SQL_CACHE ?? path.join(os.tmpdir(), "backprep-sql-judge");
}

export class TemplateStore {
  private base?: Promise<Uint8Array>;
  private datasets = new Map<string, Promise<DatasetTemplate>>();

  /** `cacheDir: null` keeps templates in memory only. */
  constructor(private readonly cacheDir: string | null = defaultCacheDir()) {}

  dataset(ds: DatasetSource): Promise<DatasetTemplate> {
    const key = hash(`${TEMPLATE_FORMAT}\n${ds.sql}`);
    let p = this.datasets.get(key);
    if (!p) {
      p = this.cached(`dataset-${safe(ds.name)}-${key}`, async () => {
        const base = await this.baseTemplate();
        return build({ type: "build-dataset", base, sql: ds.sql }, `dataset "${ds.name}"`);
      });
      p.catch(() => this.datasets.delete(key));
      this.datasets.set(key, p);
    }
    return p;
  }

  private baseTemplate(): Promise<Uint8Array> {
    this.base ??= this.cached("base", () => build({ type: "build-base" }, "the base template")).then((t) => t.data);
    return this.base;
  }

  private async cached(name: string, make: () => Promise<DatasetTemplate>): Promise<DatasetTemplate> {
    const rt = await loadRuntime();
    if (!this.cacheDir) return make().then((t) => ({ data: shared(t.data), searchPath: t.searchPath }));
    const file = path.join(this.cacheDir, `pglite-${rt.version}-f${TEMPLATE_FORMAT}-${name}`);
    try {
      const [data, meta] = await Promise.all([readFile(file + ".tar"), readFile(file + ".json", "utf8")]);
      return { data: shared(data), searchPath: (JSON.parse(meta) as { searchPath: string }).searchPath };
    } catch {
      // Not cached yet (or unreadable): build it.
    }
    const built = await make();
    const t = { data: shared(built.data), searchPath: built.searchPath };
    await mkdir(this.cacheDir, { recursive: true });
    // Write then rename, so a concurrent process never reads half a template.
    const tmp = `${file}.${process.pid}.${Date.now()}`;
    await writeFile(tmp + ".tar", t.data);
    await writeFile(tmp + ".json", JSON.stringify({ searchPath: t.searchPath }));
    await rename(tmp + ".tar", file + ".tar");
    await rename(tmp + ".json", file + ".json");
    return t;
  }
}

async function build(msg: Parameters<typeof request>[1], what: string): Promise<DatasetTemplate> {
  const rt = await loadRuntime();
  const worker = await spawnWorker(rt);
  try {
    const reply = await request(worker, msg);
    if (reply.type === "built") return { data: reply.data, searchPath: reply.searchPath };
    throw new Error(`building ${what} failed: ${reply.type === "failed" ? reply.message : reply.type}`);
  } finally {
    await worker.terminate();
  }
}

function hash(s: string): string {
  return createHash("sha256").update(s).digest("hex").slice(0, 16);
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
}
