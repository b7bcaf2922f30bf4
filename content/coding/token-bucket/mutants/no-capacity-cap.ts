// Does not cap refills at the capacity.
type Bucket = { tokens: number; mark: number }; // mark = start of the current refill interval

class TokenBucketLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(
    private capacity: number,
    private refillAmount: number,
    private refillIntervalMs: number,
  ) {}

  private bucket(clientId: string, now: number): Bucket {
    let b = this.buckets.get(clientId);
    if (!b) {
      b = { tokens: this.capacity, mark: now };
      this.buckets.set(clientId, b);
      return b;
    }
    const intervals = Math.floor((now - b.mark) / this.refillIntervalMs);
    if (intervals > 0) {
      b.tokens = b.tokens + intervals * this.refillAmount;
      b.mark += intervals * this.refillIntervalMs; // keep the partial interval
    }
    return b;
  }

  allow(clientId: string, cost: number, now: number): boolean {
    const b = this.bucket(clientId, now);
    if (b.tokens < cost) return false;
    b.tokens -= cost;
    return true;
  }

  tokens(clientId: string, now: number): number {
    return this.bucket(clientId, now).tokens;
  }
}
