// Spawns one sandboxed command and supervises it from outside: writes the payload on stdin,
// collects stdout/stderr (capped) and the harness channel on fd 3, and SIGKILLs the whole process
// group on the wall-clock deadline or when output exceeds its cap.
import { spawn } from "node:child_process";
import type { Readable } from "node:stream";
import type { SandboxCommand } from "./sandbox-command";

export interface ProcessLimits {
  wallMs: number;
  /** Cap of stdout + stderr together. */
  outputBytes: number;
  /** Cap of the result channel (fd 3). */
  channelBytes: number;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  timedOut: boolean;
  outputExceeded: boolean;
  channel: string;
  stdout: string;
  stderr: string;
}

function collect(stream: Readable, onData: (bytes: number) => boolean, sink: Buffer[], cap: number, total: { n: number }) {
  stream.on("data", (chunk: Buffer) => {
    const room = cap - total.n;
    if (room > 0) sink.push(room >= chunk.length ? chunk : chunk.subarray(0, room));
    total.n += chunk.length;
    onData(chunk.length);
  });
}

export interface ProcessHooks {
  /**
   * Kills the sandboxed tree from outside (its cgroup) before the wrapper chain is killed, so
   * bwrap outlives its child and reaps it: killing bwrap first would orphan the child to the
   * host's init as a zombie, which still counts against the slot uid's RLIMIT_NPROC.
   */
  killTree?: (chainPid: number) => Promise<unknown>;
}

/** Runs `command` to completion; never rejects for anything the sandboxed code does. */
export function runProcess(command: SandboxCommand, input: string, limits: ProcessLimits, hooks: ProcessHooks = {}): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command.file, command.args, {
      env: command.env,
      cwd: command.cwd,
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      // Own process group, so one kill(-pid) reaches every process the chain started.
      detached: true,
    });
    let timedOut = false;
    let outputExceeded = false;
    let killed = false;
    let exited = false;
    const killChain = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err; // the group is already gone
      }
    };
    const killGroup = () => {
      if (killed || exited) return;
      killed = true;
      if (!hooks.killTree) return killChain();
      // Tree first; the chain a moment later only if it did not exit by itself.
      hooks.killTree(child.pid!).then(
        () => setTimeout(() => !exited && killChain(), 2000),
        () => killChain(),
      );
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, limits.wallMs);

    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const chan: Buffer[] = [];
    const outputTotal = { n: 0 };
    const channelTotal = { n: 0 };
    const overOutput = () => {
      if (outputTotal.n > limits.outputBytes && !outputExceeded) {
        outputExceeded = true;
        killGroup();
      }
      return true;
    };
    collect(child.stdout!, overOutput, out, limits.outputBytes, outputTotal);
    collect(child.stderr!, overOutput, err, limits.outputBytes, outputTotal);
    const channel = child.stdio[3] as Readable;
    collect(
      channel,
      () => {
        if (channelTotal.n > limits.channelBytes && !outputExceeded) {
          outputExceeded = true;
          killGroup();
        }
        return true;
      },
      chan,
      limits.channelBytes,
      channelTotal,
    );

    // The sandboxed program may exit (or be killed) before reading its input: EPIPE is expected.
    child.stdin!.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE" && e.code !== "ECONNRESET") reject(e);
    });
    child.stdin!.end(input);

    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", () => {
      exited = true;
      clearTimeout(timer);
      // The main process is gone; anything left in its group is a leftover. A leftover that left
      // the group (setsid) could hold our pipes open forever, so stop waiting for them shortly.
      killChain();
      setTimeout(() => {
        for (const stream of [child.stdout, child.stderr, channel]) stream?.destroy();
      }, 300).unref();
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode,
        signal,
        wallMs: performance.now() - started,
        timedOut,
        outputExceeded,
        channel: Buffer.concat(chan).toString("utf8"),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}
