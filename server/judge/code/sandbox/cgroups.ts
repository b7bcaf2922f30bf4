// Per-run control groups: a memory ceiling and a pids ceiling the sandboxed tree cannot leave,
// plus CPU time and peak memory read from outside the sandbox, where user code cannot fake them.
// Supports the unified hierarchy (v2) and the legacy one (v1: memory, pids, cpuacct), whichever is
// writable; when neither is, the judge runs without cgroups and says so in its probe.
import { appendFile, mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const ROOT = "/sys/fs/cgroup";
const GROUP = "backprep-judge";

export interface CgroupLimits {
  memoryBytes: number;
  pids: number;
}

export interface CgroupStats {
  cpuMs?: number;
  peakMemoryKb?: number;
  oomKilled: boolean;
}

/** One run's cgroup: the files a process joins, its stats, and a kill that reaches every member. */
export interface RunCgroup {
  procsFiles: string[];
  stats(): Promise<CgroupStats>;
  /** Kills every process still in the group (but `spare`); returns how many there were. */
  killAll(spare?: number): Promise<number>;
  remove(): Promise<void>;
}

export interface CgroupManager {
  version: 1 | 2;
  create(name: string, limits: CgroupLimits): Promise<RunCgroup>;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined; // a stat the kernel does not offer is reported as unknown, not as an error
  }
}

function statField(text: string | undefined, key: string): number | undefined {
  const match = text && new RegExp(`^${key} (\\d+)$`, "m").exec(text);
  return match ? Number(match[1]) : undefined;
}

async function pidsIn(procsFiles: string[]): Promise<number[]> {
  const pids = new Set<number>();
  for (const file of procsFiles) {
    for (const line of ((await readText(file)) ?? "").split("\n")) if (line.trim()) pids.add(Number(line));
  }
  return [...pids];
}

function killPids(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err; // already gone: fine
    }
  }
}

async function removeDir(dir: string): Promise<void> {
  // A killed process leaves the group a moment after SIGKILL; retry briefly before giving up.
  for (let attempt = 0; ; attempt++) {
    try {
      await rmdir(dir);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return;
      if (code !== "EBUSY" || attempt >= 50) throw err;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

function v2Manager(parent: string): CgroupManager {
  return {
    version: 2,
    async create(name, limits) {
      const dir = join(parent, name);
      await mkdir(dir);
      await writeFile(join(dir, "memory.max"), String(limits.memoryBytes));
      await writeFile(join(dir, "memory.swap.max"), "0").catch(() => undefined); // no swap accounting: nothing to cap
      await writeFile(join(dir, "pids.max"), String(limits.pids));
      const procs = join(dir, "cgroup.procs");
      return {
        procsFiles: [procs],
        async stats() {
          const cpu = statField(await readText(join(dir, "cpu.stat")), "usage_usec");
          const peak = (await readText(join(dir, "memory.peak")))?.trim();
          const oom = statField(await readText(join(dir, "memory.events")), "oom_kill") ?? 0;
          return {
            ...(cpu !== undefined ? { cpuMs: cpu / 1000 } : {}),
            ...(peak ? { peakMemoryKb: Math.round(Number(peak) / 1024) } : {}),
            oomKilled: oom > 0,
          };
        },
        async killAll(spare) {
          const pids = (await pidsIn([procs])).filter((p) => p !== spare);
          if (pids.length && spare === undefined) await writeFile(join(dir, "cgroup.kill"), "1").catch(() => killPids(pids));
          else killPids(pids);
          return pids.length;
        },
        remove: () => removeDir(dir),
      };
    },
  };
}

function v1Manager(parents: { memory: string; pids: string; cpuacct?: string }): CgroupManager {
  return {
    version: 1,
    async create(name, limits) {
      const mem = join(parents.memory, name);
      const pids = join(parents.pids, name);
      const cpu = parents.cpuacct ? join(parents.cpuacct, name) : undefined;
      await mkdir(mem);
      await mkdir(pids);
      if (cpu) await mkdir(cpu);
      await writeFile(join(mem, "memory.limit_in_bytes"), String(limits.memoryBytes));
      // Without swap accounting this file is absent; with it, swap must not extend the limit.
      await writeFile(join(mem, "memory.memsw.limit_in_bytes"), String(limits.memoryBytes)).catch(() => undefined);
      await writeFile(join(pids, "pids.max"), String(limits.pids));
      const procsFiles = [join(mem, "cgroup.procs"), join(pids, "cgroup.procs"), ...(cpu ? [join(cpu, "cgroup.procs")] : [])];
      return {
        procsFiles,
        async stats() {
          const usage = cpu ? (await readText(join(cpu, "cpuacct.usage")))?.trim() : undefined;
          const peak = (await readText(join(mem, "memory.max_usage_in_bytes")))?.trim();
          const oom = statField(await readText(join(mem, "memory.oom_control")), "oom_kill") ?? 0;
          return {
            ...(usage ? { cpuMs: Number(usage) / 1e6 } : {}),
            ...(peak ? { peakMemoryKb: Math.round(Number(peak) / 1024) } : {}),
            oomKilled: oom > 0,
          };
        },
        async killAll(spare) {
          const found = (await pidsIn(procsFiles)).filter((p) => p !== spare);
          killPids(found);
          return found.length;
        },
        async remove() {
          await removeDir(mem);
          await removeDir(pids);
          if (cpu) await removeDir(cpu);
        },
      };
    },
  };
}

async function writable(dir: string): Promise<boolean> {
  try {
    await mkdir(dir, { recursive: true });
    return true;
  } catch {
    return false; // read-only or absent hierarchy: cgroups are simply unavailable here
  }
}

/** Finds a writable cgroup hierarchy and prepares the judge's parent group; undefined when none. */
export async function probeCgroups(root = ROOT): Promise<CgroupManager | undefined> {
  const controllers = await readText(join(root, "cgroup.controllers"));
  if (controllers !== undefined) {
    const names = controllers.trim().split(/\s+/);
    if (!names.includes("memory") || !names.includes("pids")) return undefined;
    const parent = join(root, GROUP);
    if (!(await writable(parent))) return undefined;
    try {
      // Controllers must be enabled on every level above the run groups.
      await appendFile(join(root, "cgroup.subtree_control"), "+memory +pids +cpu");
      await appendFile(join(parent, "cgroup.subtree_control"), "+memory +pids +cpu");
    } catch {
      try {
        await appendFile(join(root, "cgroup.subtree_control"), "+memory +pids");
        await appendFile(join(parent, "cgroup.subtree_control"), "+memory +pids");
      } catch {
        return undefined; // e.g. a container whose cgroup has processes in it: no delegation
      }
    }
    return v2Manager(parent);
  }
  const memory = join(root, "memory", GROUP);
  const pids = join(root, "pids", GROUP);
  if (!(await writable(memory)) || !(await writable(pids))) return undefined;
  // Make child groups count toward the parent (the default on modern kernels; harmless to set).
  await writeFile(join(memory, "memory.use_hierarchy"), "1").catch(() => undefined);
  const cpuacctRoot = (await readText(join(root, "cpuacct", "cpuacct.usage"))) !== undefined ? join(root, "cpuacct", GROUP) : undefined;
  const cpuacct = cpuacctRoot && (await writable(cpuacctRoot)) ? cpuacctRoot : undefined;
  return v1Manager({ memory, pids, ...(cpuacct ? { cpuacct } : {}) });
}
