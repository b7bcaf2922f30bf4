// A Map iterates in insertion order, so deleting and re-inserting a key moves it to the
// most-recent end, and the first key is the least recently used.
class LRUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map();
  }

  /** @param {number} key @returns {number} */
  get(key) {
    if (!this.entries.has(key)) return -1;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** @param {number} key @param {number} value */
  put(key, value) {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, value);
  }
}
