class KVStore {
  private data = new Map<string, string>();
  private counts = new Map<string, number>(); // value -> number of keys holding it
  // one log per open transaction: key -> value before the transaction touched it (undefined = absent)
  private undo: Map<string, string | undefined>[] = [];

  /** Writes `value` (undefined deletes) and keeps the counts right; does not log. */
  private write(key: string, value: string | undefined): void {
    const old = this.data.get(key);
    if (old !== undefined) this.counts.set(old, this.counts.get(old)! - 1);
    if (value === undefined) {
      this.data.delete(key);
    } else {
      this.data.set(key, value);
      this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    }
  }

  private change(key: string, value: string | undefined): void {
    const log = this.undo[this.undo.length - 1];
    if (log && !log.has(key)) log.set(key, this.data.get(key));
    this.write(key, value);
  }

  set(key: string, value: string): void {
    this.change(key, value);
  }

  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }

  delete(key: string): boolean {
    if (!this.data.has(key)) return false;
    this.change(key, undefined);
    return true;
  }

  count(value: string): number {
    return this.counts.get(value) ?? 0;
  }

  begin(): void {
    this.undo.push(new Map());
  }

  rollback(): boolean {
    const log = this.undo.pop();
    if (!log) return false;
    for (const [key, value] of log) this.write(key, value);
    return true;
  }

  commit(): boolean {
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
