// The sandbox engine: probes what isolation this host offers (bubblewrap, cgroups, uid switching),
// then runs a harness with a payload in a fresh sandbox per run, one slot per concurrent run, and
// reports what it measured from outside (CPU time, peak memory, OOM, leftovers).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { availableParallelism, constants, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { probeCgroups, type RunCgroup } from "./cgroups";
import { runProcess, type ProcessOutcome } from "./run-process";
import { nodeRuntime, pythonRuntime, type Runtime, type RuntimeName } from "./runtimes";
import { buildSandboxCommand, type SandboxPlan } from "./sandbox-command";
import { SlotPool } from "./slot-pool";
import { waitUntilUidIsIdle } from "./uid-processes";

const execFileAsync = promisify(execFile);
const HARNESS_SOURCE_DIR = fileURLToPath(new URL("../harness/", import.meta.url));
const HARNESS_FILES: Record<RuntimeName, string> = { node: "harness.cjs", python: "harness.py" };
const MB = 1024 * 1024;
/** How long a fallback slot waits for the host's init to reap its killed orphans before reuse. */
const REAP_WAIT_MS = 5_000;

export interface SandboxLogger {
  warn(message: string): void;
}

export interface SandboxOptions {
  /** Concurrent runs; each slot has its own uid. Default: the number of CPUs. */
  slots?: number;
  /** Slot i runs as uid uidBase + i (only when the judge runs as root). Default 61000. */
  uidBase?: number;
  /** Skip bubblewrap even when it works (tests, or hosts where it misbehaves). */
  forceFallback?: boolean;
  /** Cap of a run's stdout + stderr. Default 64 KB. */
  outputLimitBytes?: number;
  /** Cap of the harness result channel. Default 16 MB. */
  channelLimitBytes?: number;
  /** Wall-clock limit = cpu limit × factor + grace. Defaults 2 and 1000 ms (room for a loaded host). */
  wallFactor?: number;
  wallGraceMs?: number;
  nodePath?: string;
  pythonPath?: string;
  logger?: SandboxLogger;
}

export interface SandboxLimits {
  timeLimitMs: number;
  memoryMb: number;
}

export interface SandboxResult extends ProcessOutcome {
  /** CPU time of the whole sandboxed tree, measured outside (cgroup, or rusage in fallback). */
  cpuMs: number | undefined;
  /** Peak memory, measured outside. */
  memoryKb: number | undefined;
  oomKilled: boolean;
  /** Processes found alive after the run and killed. */
  leftovers: number;
}

export interface SandboxInfo {
  isolation: "bwrap" | "fallback";
  cgroups: "v1" | "v2" | "none";
  uidSwitch: boolean;
  slots: number;
  fallbackReason?: string;
}

export interface Sandbox {
  readonly info: SandboxInfo;
  run(runtime: RuntimeName, input: string, limits: SandboxLimits): Promise<SandboxResult>;
  close(): Promise<void>;
}

async function works(file: string, args: string[]): Promise<string | undefined> {
  try {
    await execFileAsync(file, args, { env: {}, timeout: 10_000 });
    return undefined;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return (e.stderr || e.message).trim().split("\n")[0];
  }
}

function parseGnuTime(text: string | undefined): { cpuMs?: number; memoryKb?: number } {
  // The last line is ours ("%e %U %S %M"); earlier lines report a signal.
  const last = text?.trim().split("\n").pop()?.split(" ").map(Number);
  if (!last || last.length !== 4 || last.some(Number.isNaN)) return {};
  return { cpuMs: ((last[1] ?? 0) + (last[2] ?? 0)) * 1000, memoryKb: last[3] ?? 0 };
}

/** bwrap and GNU time report a child killed by signal N as exit code 128 + N; restore the signal. */
function signalFromExitCode(outcome: ProcessOutcome): Pick<ProcessOutcome, "exitCode" | "signal"> {
  const code = outcome.exitCode;
  if (outcome.signal !== null || code === null || code <= 128 || code >= 128 + 65) return outcome;
  const name = Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0] as NodeJS.Signals | undefined;
  return name ? { exitCode: null, signal: name } : outcome;
}

/** Probes the host and prepares the harness directory; throws only when no runtime works at all. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const logger = options.logger ?? { warn: (m: string) => process.stderr.write(`[code-judge] ${m}\n`) };
  const slots = Math.max(1, options.slots ?? availableParallelism());
  const uidBase = options.uidBase ?? 61_000;
  const isRoot = process.getuid?.() === 0;
  const [node, python, cgroups] = await Promise.all([nodeRuntime(options), pythonRuntime(options), probeCgroups()]);
  const runtimes: Record<RuntimeName, Runtime> = { node, python };

  const root = await mkdtemp(join(tmpdir(), "backprep-judge-"));
  const harnessDir = join(root, "harness");
  const workRoot = join(root, "work");
  await mkdir(harnessDir);
  await mkdir(workRoot);
  for (const file of Object.values(HARNESS_FILES)) await copyFile(join(HARNESS_SOURCE_DIR, file), join(harnessDir, file));
  // Slot uids must reach the harness (fallback) and the work dirs; nothing else under root is theirs.
  await chmod(root, 0o755);
  await chmod(harnessDir, 0o755);
  await chmod(workRoot, 0o755);

  if (!isRoot) logger.warn("not running as root: runs share the judge's uid (no per-slot uid, weaker RLIMIT_NPROC)");
  if (!cgroups) logger.warn("no writable cgroup hierarchy: no cgroup memory/pids limits; CPU and memory measured by rusage");

  const timeBinary = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
  const limitsDefaults = {
    outputBytes: options.outputLimitBytes ?? 64 * 1024,
    channelBytes: options.channelLimitBytes ?? 16 * MB,
    wallFactor: options.wallFactor ?? 2,
    wallGraceMs: options.wallGraceMs ?? 1000,
  };

  let runCounter = 0;
  const planFor = (mode: SandboxInfo["isolation"], runtime: Runtime, slot: number, limits: SandboxLimits, extra: Partial<SandboxPlan>): SandboxPlan => ({
    mode,
    runtime,
    harnessDir,
    harnessFile: HARNESS_FILES[runtime.name],
    uid: isRoot ? uidBase + slot : undefined,
    memoryMb: limits.memoryMb,
    cpuSeconds: Math.max(1, Math.ceil(limits.timeLimitMs / 1000)),
    fsizeBytes: 1 * MB,
    // Node starts ~10 threads and RLIMIT_NPROC counts threads: leave room, but not for a bomb.
    nproc: 32,
    nofile: 64,
    tmpfsBytes: 16 * MB,
    cgroupProcsFiles: [],
    timeFile: undefined,
    timeBinary,
    workDir: undefined,
    unshareNet: false,
    ...extra,
  });

  // Probe bubblewrap for real: a trivial harness-less start of each runtime under the full chain.
  let isolation: SandboxInfo["isolation"] = "fallback";
  let fallbackReason: string | undefined = options.forceFallback ? "forced by option" : undefined;
  if (!options.forceFallback) {
    const failures: string[] = [];
    for (const runtime of [node, python]) {
      const cmd = buildSandboxCommand(planFor("bwrap", runtime, 0, { timeLimitMs: 5000, memoryMb: 256 }, {}));
      const probeArgs = cmd.args.slice(0, cmd.args.lastIndexOf(runtime.binary) + 1);
      const failure = existsSync("/usr/bin/bwrap") || existsSync("/bin/bwrap")
        ? await works(cmd.file, [...probeArgs, ...(runtime.name === "node" ? ["-e", ""] : ["-c", ""])])
        : "bwrap is not installed";
      if (failure) failures.push(`${runtime.name}: ${failure}`);
    }
    if (failures.length === 0) isolation = "bwrap";
    else fallbackReason = failures.join("; ");
  }
  const unshareNet = isolation === "fallback" && isRoot && !(await works("unshare", ["--net", "--ipc", "--", "true"]));
  if (isolation === "fallback")
    logger.warn(`bubblewrap unavailable (${fallbackReason}): running with setpriv + prlimit + timeouts only${unshareNet ? " + a private network namespace" : ""}`);

  const pool = new SlotPool(slots);

  async function sweepUid(uid: number): Promise<void> {
    // kill(-1) as the slot uid reaches every process of that uid, wherever it went (setsid, reparented).
    await execFileAsync("setpriv", [`--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "--", "/bin/sh", "-c", "kill -9 -1 2>/dev/null; true"], { env: {} });
  }

  async function runInSlot(slot: number, runtimeName: RuntimeName, input: string, limits: SandboxLimits): Promise<SandboxResult> {
    const runtime = runtimes[runtimeName];
    const id = `run-${process.pid}-${slot}-${++runCounter}`;
    let cgroup: RunCgroup | undefined;
    if (cgroups) {
      // Headroom over RLIMIT_DATA (the precise limit): runtime, page cache and tmpfs live here too.
      cgroup = await cgroups.create(id, { memoryBytes: (limits.memoryMb + 128) * MB, pids: 64 });
    }
    let workDir: string | undefined;
    let timeFile: string | undefined;
    if (isolation === "fallback") {
      workDir = join(workRoot, id);
      await mkdir(workDir, { mode: 0o700 });
      if (isRoot) await chown(workDir, uidBase + slot, uidBase + slot);
      timeFile = join(root, `${id}.time`);
    }
    const plan = planFor(isolation, runtime, slot, limits, {
      cgroupProcsFiles: cgroup?.procsFiles ?? [],
      timeFile,
      workDir,
      unshareNet,
    });
    try {
      const outcome = await runProcess(buildSandboxCommand(plan), input, {
        wallMs: limits.timeLimitMs * limitsDefaults.wallFactor + limitsDefaults.wallGraceMs,
        outputBytes: limitsDefaults.outputBytes,
        channelBytes: limitsDefaults.channelBytes,
      }, cgroup ? { killTree: (chainPid) => cgroup!.killAll(chainPid) } : {});
      let leftovers = 0;
      let stats: Awaited<ReturnType<RunCgroup["stats"]>> | undefined;
      if (cgroup) {
        leftovers += await cgroup.killAll();
        stats = await cgroup.stats();
      }
      if (isolation === "fallback" && plan.uid !== undefined) {
        await sweepUid(plan.uid);
        const unreaped = await waitUntilUidIsIdle(plan.uid, REAP_WAIT_MS);
        if (unreaped > 0) logger.warn(`slot uid ${plan.uid} still owns ${unreaped} process(es) after ${REAP_WAIT_MS} ms: the host's init is slow to reap; the next run may hit RLIMIT_NPROC`);
      }
      const rusage = timeFile ? parseGnuTime(await readFile(timeFile, "utf8").catch(() => undefined)) : {};
      return {
        ...outcome,
        ...signalFromExitCode(outcome),
        cpuMs: stats?.cpuMs ?? rusage.cpuMs,
        memoryKb: rusage.memoryKb ?? stats?.peakMemoryKb,
        oomKilled: stats?.oomKilled ?? false,
        leftovers,
      };
    } finally {
      if (cgroup) {
        await cgroup.killAll();
        await cgroup.remove();
      }
      if (workDir) await rm(workDir, { recursive: true, force: true });
      if (timeFile) await rm(timeFile, { force: true });
    }
  }

  return {
    info: {
      isolation,
      cgroups: cgroups ? (cgroups.version === 2 ? "v2" : "v1") : "none",
      uidSwitch: isRoot,
      slots,
      ...(fallbackReason ? { fallbackReason } : {}),
    },
    run: (runtime, input, limits) => pool.with((slot) => runInSlot(slot, runtime, input, limits)),
    async close() {
      await rm(root, { recursive: true, force: true });
    },
  };
}
