// Looks for the first position > hash instead of >= hash.
function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  }
  return h;
}

class HashRing {
  private nodes = new Set<string>();
  private ring: [position: number, name: string][] = []; // sorted by position, then name

  constructor(private replicas: number) {}

  addNode(name: string): void {
    if (this.nodes.has(name)) return;
    this.nodes.add(name);
    for (let i = 0; i < this.replicas; i++) this.ring.push([fnv1a(`${name}#${i}`), name]);
    this.ring.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }

  removeNode(name: string): void {
    if (!this.nodes.delete(name)) return;
    this.ring = this.ring.filter((p) => p[1] !== name);
  }

  /** Index of the first virtual node with position >= h, wrapping to 0. */
  private start(h: number): number {
    let lo = 0, hi = this.ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ring[mid][0] <= h) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.ring.length ? 0 : lo;
  }

  getNode(key: string): string | null {
    if (this.ring.length === 0) return null;
    return this.ring[this.start(fnv1a(key))][1];
  }

  getNodes(key: string, count: number): string[] {
    const result: string[] = [];
    if (this.ring.length === 0) return result;
    const want = Math.min(count, this.nodes.size);
    const seen = new Set<string>();
    for (let i = this.start(fnv1a(key)); result.length < want; i = (i + 1) % this.ring.length) {
      const name = this.ring[i][1];
      if (!seen.has(name)) {
        seen.add(name);
        result.push(name);
      }
    }
    return result;
  }
}
