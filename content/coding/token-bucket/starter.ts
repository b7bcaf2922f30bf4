class TokenBucketLimiter {
  constructor(capacity: number, refillAmount: number, refillIntervalMs: number) {}

  allow(clientId: string, cost: number, now: number): boolean {
    return false;
  }

  tokens(clientId: string, now: number): number {
    return 0;
  }
}
