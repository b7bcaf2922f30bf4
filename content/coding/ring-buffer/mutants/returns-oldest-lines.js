// Returns the oldest n lines instead of the newest n.
class LogBuffer {
  constructor(capacity) {
    this.slots = new Array(capacity);
    this.start = 0; // index of the oldest line
    this.count = 0;
    this.overwritten = 0;
  }

  append(line) {
    const cap = this.slots.length;
    if (this.count < cap) {
      this.slots[(this.start + this.count) % cap] = line;
      this.count++;
    } else {
      this.slots[this.start] = line; // overwrite the oldest
      this.start = (this.start + 1) % cap;
      this.overwritten++;
    }
  }

  last(n) {
    const cap = this.slots.length;
    const k = Math.min(n, this.count);
    const out = [];
    for (let i = 0; i < k; i++) out.push(this.slots[(this.start + i) % cap]); // oldest k, not newest k
    return out;
  }

  size() {
    return this.count;
  }

  dropped() {
    return this.overwritten;
  }
}
