class SlidingWindowLimiter {
  constructor(limit: number, windowMs: number) {}

  allow(clientId: string, now: number): boolean {
    return false;
  }

  remaining(clientId: string, now: number): number {
    return 0;
  }
}
