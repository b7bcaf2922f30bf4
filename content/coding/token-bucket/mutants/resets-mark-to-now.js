// Resets the refill mark to now, losing the partial interval.
class TokenBucketLimiter {
  constructor(capacity, refillAmount, refillIntervalMs) {
    this.capacity = capacity;
    this.refillAmount = refillAmount;
    this.interval = refillIntervalMs;
    this.buckets = new Map(); // clientId -> { tokens, mark } ; mark = start of the current interval
  }

  bucket(clientId, now) {
    let b = this.buckets.get(clientId);
    if (!b) {
      b = { tokens: this.capacity, mark: now };
      this.buckets.set(clientId, b);
      return b;
    }
    const intervals = Math.floor((now - b.mark) / this.interval);
    if (intervals > 0) {
      b.tokens = Math.min(this.capacity, b.tokens + intervals * this.refillAmount);
      b.mark = now;
    }
    return b;
  }

  allow(clientId, cost, now) {
    const b = this.bucket(clientId, now);
    if (b.tokens < cost) return false;
    b.tokens -= cost;
    return true;
  }

  tokens(clientId, now) {
    return this.bucket(clientId, now).tokens;
  }
}
