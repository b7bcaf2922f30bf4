// Advances the start index before overwriting, so the wrong slot is replaced.
class LogBuffer {
  private slots: string[];
  private start = 0; // index of the oldest line
  private count = 0;
  private overwritten = 0;

  constructor(capacity: number) {
    this.slots = new Array<string>(capacity);
  }

  append(line: string): void {
    const cap = this.slots.length;
    if (this.count < cap) {
      this.slots[(this.start + this.count) % cap] = line;
      this.count++;
    } else {
      this.start = (this.start + 1) % cap;
      this.slots[this.start] = line; // advances before writing: overwrites the wrong slot
      this.overwritten++;
    }
  }

  last(n: number): string[] {
    const cap = this.slots.length;
    const k = Math.min(n, this.count);
    const out: string[] = [];
    for (let i = this.count - k; i < this.count; i++) out.push(this.slots[(this.start + i) % cap]!);
    return out;
  }

  size(): number {
    return this.count;
  }

  dropped(): number {
    return this.overwritten;
  }
}
