// Computes FNV-1a with floating-point multiplication, which loses bits.
function fnv1a(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h = ((h ^ s.charCodeAt(i)) >>> 0) * 16777619 % 2 ** 32;
  }
  return h;
}

class HashRing {
  constructor(replicas) {
    this.replicas = replicas;
    this.nodes = new Set();
    this.ring = []; // [position, name], sorted by position then name
  }

  addNode(name) {
    if (this.nodes.has(name)) return;
    this.nodes.add(name);
    for (let i = 0; i < this.replicas; i++) this.ring.push([fnv1a(`${name}#${i}`), name]);
    this.ring.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }

  removeNode(name) {
    if (!this.nodes.delete(name)) return;
    this.ring = this.ring.filter((p) => p[1] !== name);
  }

  // index of the first virtual node with position >= h, wrapping to 0
  start(h) {
    let lo = 0, hi = this.ring.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ring[mid][0] < h) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.ring.length ? 0 : lo;
  }

  getNode(key) {
    if (this.ring.length === 0) return null;
    return this.ring[this.start(fnv1a(key))][1];
  }

  getNodes(key, count) {
    const result = [];
    if (this.ring.length === 0) return result;
    const want = Math.min(count, this.nodes.size);
    const seen = new Set();
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
