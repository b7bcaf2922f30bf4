// Treats an entry as live at now == expiresAt.
class TTLCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> { value, expiresAt, version }; iteration order = LRU first
    this.heap = []; // [expiresAt, version, key], min-heap on expiresAt
    this.version = 0;
  }

  push(item) {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p][0] <= h[i][0]) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }

  pop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && h[l][0] < h[m][0]) m = l;
        if (r < h.length && h[r][0] < h[m][0]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }

  // Drops every entry with expiresAt <= now; returns how many live entries were removed.
  purge(now) {
    let removed = 0;
    while (this.heap.length > 0 && this.heap[0][0] < now) {
      const [, version, key] = this.pop();
      const e = this.entries.get(key);
      if (e && e.version === version) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }

  put(key, value, ttlMs, now) {
    if (this.entries.has(key)) {
      this.entries.delete(key);
    } else if (this.entries.size >= this.capacity && this.purge(now) === 0) {
      const lru = this.entries.keys().next().value;
      this.entries.delete(lru);
    }
    const version = ++this.version;
    this.entries.set(key, { value, expiresAt: now + ttlMs, version });
    this.push([now + ttlMs, version, key]);
  }

  get(key, now) {
    const e = this.entries.get(key);
    if (!e) return -1;
    this.entries.delete(key);
    if (now > e.expiresAt) return -1;
    this.entries.set(key, e); // move to most recently used
    return e.value;
  }

  size(now) {
    this.purge(now);
    return this.entries.size;
  }
}
