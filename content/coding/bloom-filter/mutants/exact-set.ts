// A hash set: never gives a false positive, so it disagrees with the filter's specified answers,
// and it uses memory proportional to the items rather than m bits.
class BloomFilter {
  private items = new Set<string>();
  private bits = new Set<number>();

  constructor(
    private m: number,
    private k: number,
  ) {}

  private positions(item: string): number[] {
    let h1 = 2166136261;
    let h2 = 5381;
    for (let i = 0; i < item.length; i++) {
      const c = item.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
      h2 = (Math.imul(h2, 33) + c) >>> 0;
    }
    return Array.from({ length: this.k }, (_, i) => (h1 + i * h2) % this.m);
  }

  add(item: string): boolean {
    const before = this.bits.size;
    for (const p of this.positions(item)) this.bits.add(p);
    const isNew = !this.items.has(item);
    this.items.add(item);
    return isNew && this.bits.size > before;
  }

  mightContain(item: string): boolean {
    return this.items.has(item);
  }

  bitCount(): number {
    return this.bits.size;
  }
}
