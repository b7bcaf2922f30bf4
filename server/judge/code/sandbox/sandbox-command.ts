// Builds the command line that starts one sandboxed run. Outside in:
//   [time -o FILE]           rusage measured outside (fallback mode only: bwrap's pid 1 hides it)
//   sh -c 'join cgroups'     the run joins its cgroups before anything else starts
//   prlimit …                nproc, cpu, fsize, nofile, data, core
//   [unshare --net --ipc]    fallback only, when available: no network even without bwrap
//   [unshare --pid --fork]   bwrap mode: a pid namespace that reaps bwrap's init (no zombies)
//   setpriv --reuid=U …      the slot's unprivileged uid (RLIMIT_NPROC is ignored for root)
//   bwrap --unshare-all …    all namespaces, read-only runtime mounts, tmpfs work dir (bwrap mode)
//   runtime harness          node or python3 running the harness
import type { Runtime } from "./runtimes";

export interface SandboxPlan {
  mode: "bwrap" | "fallback";
  runtime: Runtime;
  /** Host directory holding the harness files (mounted at /judge in bwrap mode). */
  harnessDir: string;
  harnessFile: string;
  /** Unprivileged uid of the slot; undefined when the judge cannot switch uid (not root). */
  uid: number | undefined;
  memoryMb: number;
  cpuSeconds: number;
  fsizeBytes: number;
  nproc: number;
  nofile: number;
  tmpfsBytes: number;
  cgroupProcsFiles: string[];
  /** GNU time output file (fallback mode). */
  timeFile: string | undefined;
  timeBinary: string | undefined;
  /** Fallback mode: the run's private working directory. */
  workDir: string | undefined;
  unshareNet: boolean;
}

export interface SandboxCommand {
  file: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

// Joins every cgroup given before "--", then execs the rest: the whole tree is born inside.
const JOIN_CGROUPS = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"';

const MB = 1024 * 1024;
// Runtime overhead on top of the problem's memory limit for RLIMIT_DATA: V8 and CPython reserve
// writable memory before user code runs (node ~60 MB); the limit is meant for the user's data.
const DATA_HEADROOM_MB: Record<Runtime["name"], number> = { node: 64, python: 16 };

function bwrapArgs(plan: SandboxPlan): string[] {
  const args = [
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    "--clearenv",
    "--setenv", "PATH", "/usr/bin:/bin",
    "--setenv", "HOME", "/tmp",
    "--setenv", "LANG", "C.UTF-8",
    "--hostname", "sandbox",
  ];
  for (const path of plan.runtime.binds) args.push("--ro-bind", path, path);
  for (const link of plan.runtime.symlinks) args.push("--symlink", link.target, link.path);
  args.push(
    "--proc", "/proc",
    "--dev", "/dev",
    "--size", String(plan.tmpfsBytes), "--tmpfs", "/tmp",
    "--ro-bind", plan.harnessDir, "/judge",
    "--chdir", "/tmp",
  );
  if (plan.uid === undefined) args.push("--cap-drop", "ALL");
  return args;
}

export function buildSandboxCommand(plan: SandboxPlan): SandboxCommand {
  const inBwrap = plan.mode === "bwrap";
  const harness = inBwrap ? `/judge/${plan.harnessFile}` : `${plan.harnessDir}/${plan.harnessFile}`;
  const dataBytes = (plan.memoryMb + DATA_HEADROOM_MB[plan.runtime.name]) * MB;
  const argv: string[] = [];
  if (!inBwrap && plan.timeBinary && plan.timeFile) argv.push(plan.timeBinary, "-f", "%e %U %S %M", "-o", plan.timeFile);
  if (plan.cgroupProcsFiles.length) argv.push("/bin/sh", "-c", JOIN_CGROUPS, "sh", ...plan.cgroupProcsFiles, "--");
  argv.push(
    "prlimit",
    `--nproc=${plan.nproc}`,
    // The soft limit sends SIGXCPU (catchable), the hard limit a second later SIGKILL.
    `--cpu=${plan.cpuSeconds}:${plan.cpuSeconds + 1}`,
    `--fsize=${plan.fsizeBytes}`,
    `--nofile=${plan.nofile}`,
    `--data=${dataBytes}`,
    "--core=0",
    "--",
  );
  if (!inBwrap && plan.unshareNet) argv.push("unshare", "--net", "--ipc", "--");
  // bwrap leaves its in-namespace init unreaped when it exits; orphaned to the host's init, that
  // zombie counts against the slot's RLIMIT_NPROC until reaped. Inside a pid namespace of its own
  // bwrap is pid 1, and the kernel reaps the zombie when bwrap exits. (Needs root, like setpriv.)
  if (inBwrap && plan.uid !== undefined) argv.push("unshare", "--pid", "--fork", "--kill-child", "--");
  if (plan.uid !== undefined)
    argv.push("setpriv", `--reuid=${plan.uid}`, `--regid=${plan.uid}`, "--clear-groups", "--no-new-privs", "--");
  if (inBwrap) argv.push("bwrap", ...bwrapArgs(plan), "--");
  argv.push(plan.runtime.binary, ...plan.runtime.args(harness, plan.memoryMb));
  const [file, ...args] = argv as [string, ...string[]];
  return {
    file,
    args,
    // bwrap clears the environment itself; in fallback mode this is all the runtime gets.
    env: { PATH: "/usr/bin:/bin", HOME: plan.workDir ?? "/tmp", LANG: "C.UTF-8" },
    cwd: plan.workDir ?? "/",
  };
}
