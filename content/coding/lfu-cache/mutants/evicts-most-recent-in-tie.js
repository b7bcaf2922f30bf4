// Among keys with the lowest count, evicts the most recently used one.
class LFUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> { value, freq }
    this.buckets = new Map(); // freq -> Set of keys, oldest use first
    this.minFreq = 0;
  }

  touch(key, entry) {
    const bucket = this.buckets.get(entry.freq);
    bucket.delete(key);
    if (bucket.size === 0) {
      this.buckets.delete(entry.freq);
      if (this.minFreq === entry.freq) this.minFreq++;
    }
    entry.freq++;
    if (!this.buckets.has(entry.freq)) this.buckets.set(entry.freq, new Set());
    this.buckets.get(entry.freq).add(key);
  }

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return -1;
    this.touch(key, entry);
    return entry.value;
  }

  put(key, value) {
    if (this.capacity === 0) return;
    const entry = this.entries.get(key);
    if (entry) {
      entry.value = value;
      this.touch(key, entry);
      return;
    }
    if (this.entries.size === this.capacity) {
      const bucket = this.buckets.get(this.minFreq);
      const victim = [...bucket].pop();
      bucket.delete(victim);
      if (bucket.size === 0) this.buckets.delete(this.minFreq);
      this.entries.delete(victim);
    }
    this.entries.set(key, { value, freq: 1 });
    if (!this.buckets.has(1)) this.buckets.set(1, new Set());
    this.buckets.get(1).add(key);
    this.minFreq = 1;
  }
}
