class TTLCache {
  constructor(capacity: number) {}

  put(key: string, value: number, ttlMs: number, now: number): void {}

  get(key: string, now: number): number {
    return -1;
  }

  size(now: number): number {
    return 0;
  }
}
