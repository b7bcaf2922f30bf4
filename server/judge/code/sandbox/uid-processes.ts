// Processes owned by a uid, read from /proc like ps would. In fallback mode (no pid namespace) a
// killed orphan is reparented to the host's init and stays a zombie until init reaps it; zombies
// still count against the slot uid's RLIMIT_NPROC, so a slot is reused only once they are gone.
import { readdir, readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

/** How many processes (zombies included) the uid owns right now. */
export async function countProcessesOf(uid: number): Promise<number> {
  let count = 0;
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const status = await readFile(`/proc/${name}/status`, "utf8").catch(() => "");
    if (Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) === uid) count++;
  }
  return count;
}

const POLL_MS = 25;

/**
 * Waits until the uid owns no process, up to `timeoutMs` (some inits reap orphans only every
 * few seconds). Returns how many were still there when it gave up: 0 when the slot is clean.
 */
export async function waitUntilUidIsIdle(uid: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const left = await countProcessesOf(uid);
    if (left === 0 || performance.now() >= deadline) return left;
    await sleep(POLL_MS);
  }
}
