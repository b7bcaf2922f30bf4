type Log = { times: number[]; head: number }; // times[head..] are the accepted requests still in the window

class SlidingWindowLimiter {
  private logs = new Map<string, Log>();

  constructor(
    private limit: number,
    private windowMs: number,
  ) {}

  private log(clientId: string, now: number): Log {
    let log = this.logs.get(clientId);
    if (!log) this.logs.set(clientId, (log = { times: [], head: 0 }));
    // drop timestamps that have left the window: t <= now - windowMs
    while (log.head < log.times.length && log.times[log.head] <= now - this.windowMs) log.head++;
    if (log.head > 1024 && log.head * 2 > log.times.length) {
      log.times = log.times.slice(log.head);
      log.head = 0;
    }
    return log;
  }

  allow(clientId: string, now: number): boolean {
    const log = this.log(clientId, now);
    if (log.times.length - log.head >= this.limit) return false;
    log.times.push(now);
    return true;
  }

  remaining(clientId: string, now: number): number {
    const log = this.log(clientId, now);
    return this.limit - (log.times.length - log.head);
  }
}
