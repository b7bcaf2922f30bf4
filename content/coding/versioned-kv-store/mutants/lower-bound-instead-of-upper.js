// Uses a lower bound, so a read exactly at a version's timestamp misses it.
class VersionedStore {
  constructor() {
    this.versions = new Map(); // key -> { times: number[], values: (string | null)[] }, sorted by time
  }

  add(key, value, timestamp) {
    let v = this.versions.get(key);
    if (!v) this.versions.set(key, (v = { times: [], values: [] }));
    v.times.push(timestamp); // timestamps per key are increasing: stays sorted
    v.values.push(value);
  }

  put(key, value, timestamp) {
    this.add(key, value, timestamp);
  }

  remove(key, timestamp) {
    this.add(key, null, timestamp); // tombstone
  }

  // number of versions with time <= t
  static upperBound(times, t) {
    let lo = 0, hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get(key, timestamp) {
    const v = this.versions.get(key);
    if (!v) return null;
    const i = VersionedStore.upperBound(v.times, timestamp) - 1;
    return i >= 0 ? v.values[i] : null;
  }

  history(key, from, to) {
    const v = this.versions.get(key);
    if (!v || from > to) return [];
    const start = VersionedStore.upperBound(v.times, from - 1);
    const end = VersionedStore.upperBound(v.times, to);
    return v.values.slice(start, end);
  }
}
