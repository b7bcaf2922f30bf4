// Processes owned by given uids, read from /proc like ps would. In fallback mode (no pid namespace)
// a killed orphan is reparented to the host's init and stays a zombie until init reaps it; zombies
// still count against the slot uid's RLIMIT_NPROC, so a slot is reused only once they are gone.
import { readdir, readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

export interface OwnedProcess {
  pid: number;
  /** As ps shows it: R running, S sleeping, Z zombie… */
  state: string;
  name: string;
}

/** The processes (zombies included) the uids own right now. */
export async function processesOf(uids: number[]): Promise<OwnedProcess[]> {
  const found: OwnedProcess[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    // An empty read: the process exited while we looked, so it is not there any more.
    const status = await readFile(`/proc/${entry}/status`, "utf8").catch(() => "");
    if (!uids.includes(Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]))) continue;
    found.push({ pid: Number(entry), state: /^State:\s+(\S+)/m.exec(status)?.[1] ?? "?", name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? "?" });
  }
  return found;
}

const POLL_MS = 25;

/**
 * Waits until the uid owns no process, up to `timeoutMs` (some inits reap orphans only every
 * few seconds). Returns how many were still there when it gave up: 0 when the slot is clean.
 */
export async function waitUntilUidIsIdle(uid: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const left = (await processesOf([uid])).length;
    if (left === 0 || performance.now() >= deadline) return left;
    await sleep(POLL_MS);
  }
}
