type Versions = { times: number[]; values: (string | null)[] }; // sorted by time; null = tombstone

/** Number of entries of a sorted array that are <= t. */
function upperBound(times: number[], t: number): number {
  let lo = 0, hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class VersionedStore {
  private versions = new Map<string, Versions>();

  private add(key: string, value: string | null, timestamp: number): void {
    let v = this.versions.get(key);
    if (!v) this.versions.set(key, (v = { times: [], values: [] }));
    v.times.push(timestamp); // timestamps per key are increasing: stays sorted
    v.values.push(value);
  }

  put(key: string, value: string, timestamp: number): void {
    this.add(key, value, timestamp);
  }

  remove(key: string, timestamp: number): void {
    this.add(key, null, timestamp);
  }

  get(key: string, timestamp: number): string | null {
    const v = this.versions.get(key);
    if (!v) return null;
    const i = upperBound(v.times, timestamp) - 1;
    return i >= 0 ? v.values[i]! : null;
  }

  history(key: string, from: number, to: number): (string | null)[] {
    const v = this.versions.get(key);
    if (!v || from > to) return [];
    return v.values.slice(upperBound(v.times, from - 1), upperBound(v.times, to));
  }
}
