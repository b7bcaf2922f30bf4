// Keeps a request exactly windowMs old in the window.
class SlidingWindowLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.logs = new Map(); // clientId -> { times: number[], head: number }
  }

  log(clientId, now) {
    let log = this.logs.get(clientId);
    if (!log) this.logs.set(clientId, (log = { times: [], head: 0 }));
    // drop timestamps that have left the window: t <= now - windowMs
    while (log.head < log.times.length && log.times[log.head] < now - this.windowMs) log.head++;
    if (log.head > 1024 && log.head * 2 > log.times.length) {
      log.times = log.times.slice(log.head);
      log.head = 0;
    }
    return log;
  }

  allow(clientId, now) {
    const log = this.log(clientId, now);
    if (log.times.length - log.head >= this.limit) return false;
    log.times.push(now);
    return true;
  }

  remaining(clientId, now) {
    const log = this.log(clientId, now);
    return this.limit - (log.times.length - log.head);
  }
}
