// Multiplies hashes with plain floating-point `*`, losing low bits above 2^53.
class BloomFilter {
  constructor(m, k) {
    this.m = m;
    this.k = k;
    this.bits = new Uint8Array(m); // one byte per bit: simple; pack 8 per byte to save memory
    this.ones = 0;
  }

  positions(item) {
    let h1 = 2166136261;
    let h2 = 5381;
    for (let i = 0; i < item.length; i++) {
      const c = item.charCodeAt(i);
      h1 = ((h1 ^ c) * 16777619) % 2 ** 32;
      h2 = (h2 * 33 + c) % 2 ** 32;
    }
    const out = [];
    for (let i = 0; i < this.k; i++) out.push((h1 + i * h2) % this.m); // < 2^37: exact in a double
    return out;
  }

  add(item) {
    let changed = false;
    for (const p of this.positions(item)) {
      if (this.bits[p] === 0) {
        this.bits[p] = 1;
        this.ones++;
        changed = true;
      }
    }
    return changed;
  }

  mightContain(item) {
    return this.positions(item).every((p) => this.bits[p] === 1);
  }

  bitCount() {
    return this.ones;
  }
}
