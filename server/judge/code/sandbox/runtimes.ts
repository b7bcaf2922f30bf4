// The language runtimes the sandbox starts (node for js/ts, python3 for py) and the read-only
// paths each needs inside bubblewrap: its binary, the shared libraries `ldd` lists, the dynamic
// loader and, for Python, the standard library. Nothing else of the host is mounted.
import { execFile } from "node:child_process";
import { lstat, readlink, realpath } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type RuntimeName = "node" | "python";

export interface Runtime {
  name: RuntimeName;
  binary: string;
  /** Host directories/files to bind read-only at the same path. */
  binds: string[];
  /** Symlinks to recreate (e.g. /lib -> usr/lib on merged-/usr systems). */
  symlinks: { target: string; path: string }[];
  /** The argv after the binary: flags, then the harness file. */
  args(harnessFile: string, memoryMb: number): string[];
}

export interface RuntimeOptions {
  nodePath?: string;
  pythonPath?: string;
}

async function ancestorsSymlinks(path: string, out: Map<string, string>): Promise<void> {
  const parts = path.split("/").filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const prefix = "/" + parts.slice(0, i).join("/");
    const info = await lstat(prefix).catch(() => undefined);
    if (info?.isSymbolicLink()) out.set(prefix, await readlink(prefix));
  }
}

async function sharedLibraryDirs(binary: string): Promise<string[]> {
  const { stdout } = await run("ldd", [binary]);
  const paths = [...stdout.matchAll(/(\/[^\s)]+)/g)].map((m) => m[1]!).filter((p) => p !== binary);
  return paths;
}

async function collect(binary: string, extra: string[]): Promise<Pick<Runtime, "binds" | "symlinks">> {
  const wanted = [binary, ...(await sharedLibraryDirs(binary)), ...extra];
  const binds = new Set<string>();
  const links = new Map<string, string>();
  for (const path of wanted) {
    await ancestorsSymlinks(path, links);
    const real = await realpath(path);
    if (path === binary || extra.includes(path)) {
      binds.add(real);
      continue;
    }
    // Libraries are bound by directory: a runtime may dlopen siblings (Python's extension modules).
    // Both the directory the loader looks in and the one the symlink resolves to are needed
    // (/lib64/ld-linux-x86-64.so.2 -> /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2).
    binds.add(await realpath(dirname(path)));
    binds.add(dirname(real));
  }
  // Drop binds nested in another bind.
  const sorted = [...binds].sort();
  const minimal = sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(q + "/")));
  return { binds: minimal, symlinks: [...links].map(([path, target]) => ({ path, target })) };
}

/** Resolves the node runtime (the one running this process unless told otherwise). */
export async function nodeRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const binary = await realpath(options.nodePath ?? process.execPath);
  return {
    name: "node",
    binary,
    ...(await collect(binary, [])),
    // The V8 heap limit makes a heap bomb fail with a clear message before the kernel limits hit.
    args: (harness, memoryMb) => [`--max-old-space-size=${memoryMb}`, "--no-warnings", harness],
  };
}

/** Resolves /usr/bin/python3 (not a pyenv shim: it costs ~90 ms a start and needs $HOME). */
export async function pythonRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const binary = await realpath(options.pythonPath ?? "/usr/bin/python3");
  const { stdout } = await run(binary, ["-I", "-S", "-c", "import os,sys; print(os.path.dirname(os.__file__))"], { env: {} });
  const stdlib = stdout.trim();
  return {
    name: "python",
    binary,
    ...(await collect(binary, [stdlib])),
    // -I: ignore PYTHON* env and user site; -S: no site import (faster, no site-packages); -B: no .pyc writes.
    args: (harness) => ["-I", "-S", "-B", "-X", "utf8", harness],
  };
}
