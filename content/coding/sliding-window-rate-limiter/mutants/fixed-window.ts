// Fixed windows aligned to multiples of windowMs: allows up to 2x limit across a boundary.
class SlidingWindowLimiter {
  private counts = new Map<string, { window: number; count: number }>();

  constructor(
    private limit: number,
    private windowMs: number,
  ) {}

  private entry(clientId: string, now: number) {
    const window = Math.floor(now / this.windowMs);
    let e = this.counts.get(clientId);
    if (!e || e.window !== window) this.counts.set(clientId, (e = { window, count: 0 }));
    return e;
  }

  allow(clientId: string, now: number): boolean {
    const e = this.entry(clientId, now);
    if (e.count >= this.limit) return false;
    e.count++;
    return true;
  }

  remaining(clientId: string, now: number): number {
    return this.limit - this.entry(clientId, now).count;
  }
}
