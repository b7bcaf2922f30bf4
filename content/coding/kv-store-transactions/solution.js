class KVStore {
  constructor() {
    this.data = new Map();
    this.counts = new Map(); // value -> number of keys holding it
    this.undo = []; // one Map per open transaction: key -> value before the transaction (undefined = absent)
  }

  // Writes `value` (undefined deletes) and keeps the counts right; does not log.
  write(key, value) {
    const old = this.data.get(key);
    if (old !== undefined) this.counts.set(old, this.counts.get(old) - 1);
    if (value === undefined) {
      this.data.delete(key);
    } else {
      this.data.set(key, value);
      this.counts.set(value, (this.counts.get(value) || 0) + 1);
    }
  }

  change(key, value) {
    const log = this.undo[this.undo.length - 1];
    if (log && !log.has(key)) log.set(key, this.data.get(key));
    this.write(key, value);
  }

  set(key, value) {
    this.change(key, value);
  }

  get(key) {
    return this.data.get(key) ?? null;
  }

  delete(key) {
    if (!this.data.has(key)) return false;
    this.change(key, undefined);
    return true;
  }

  count(value) {
    return this.counts.get(value) || 0;
  }

  begin() {
    this.undo.push(new Map());
  }

  rollback() {
    const log = this.undo.pop();
    if (!log) return false;
    for (const [key, value] of log) this.write(key, value);
    return true;
  }

  commit() {
    const log = this.undo.pop();
    if (!log) return false;
    const parent = this.undo[this.undo.length - 1];
    if (parent) {
      // the parent's entry, if any, is older and must win
      for (const [key, value] of log) if (!parent.has(key)) parent.set(key, value);
    }
    return true;
  }
}
