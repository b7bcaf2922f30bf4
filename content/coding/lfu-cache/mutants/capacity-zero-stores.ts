// Has no capacity-0 guard: the eviction path finds no victim and crashes.
class LFUCache {
  private entries = new Map<number, { value: number; freq: number }>();
  private buckets = new Map<number, Set<number>>(); // freq -> keys, oldest use first
  private minFreq = 0;

  constructor(private capacity: number) {}

  private touch(key: number, entry: { value: number; freq: number }): void {
    const bucket = this.buckets.get(entry.freq)!;
    bucket.delete(key);
    if (bucket.size === 0) {
      this.buckets.delete(entry.freq);
      if (this.minFreq === entry.freq) this.minFreq++;
    }
    entry.freq++;
    let next = this.buckets.get(entry.freq);
    if (!next) this.buckets.set(entry.freq, (next = new Set()));
    next.add(key);
  }

  get(key: number): number {
    const entry = this.entries.get(key);
    if (!entry) return -1;
    this.touch(key, entry);
    return entry.value;
  }

  put(key: number, value: number): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      this.touch(key, entry);
      return;
    }
    if (this.entries.size === this.capacity) {
      const bucket = this.buckets.get(this.minFreq)!;
      const victim = bucket.values().next().value as number;
      bucket.delete(victim);
      if (bucket.size === 0) this.buckets.delete(this.minFreq);
      this.entries.delete(victim);
    }
    this.entries.set(key, { value, freq: 1 });
    let ones = this.buckets.get(1);
    if (!ones) this.buckets.set(1, (ones = new Set()));
    ones.add(key);
    this.minFreq = 1;
  }
}
