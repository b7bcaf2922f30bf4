// Deduplicates repeated dependencies in the counts but not in the edges.
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Min-heap of strings.
class Heap {
  constructor() {
    this.a = [];
  }
  get size() {
    return this.a.length;
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function scheduleTasks(tasks, deps) {
  const pending = new Map(tasks.map((t) => [t, 0])); // unmet prerequisites, counting repeats
  const next = new Map(tasks.map((t) => [t, []]));
  const seen = new Set();
  for (const [a, b] of deps) {
    next.get(a).push(b);
    const key = a + "->" + b;
    if (seen.has(key)) continue; // dedupes the count but not the edges
    seen.add(key);
    pending.set(b, pending.get(b) + 1);
  }
  const ready = new Heap();
  for (const [t, n] of pending) if (n === 0) ready.push(t);
  const order = [];
  while (ready.size > 0) {
    const t = ready.pop();
    order.push(t);
    for (const b of next.get(t)) {
      const n = pending.get(b) - 1;
      pending.set(b, n);
      if (n === 0) ready.push(b);
    }
  }
  const done = new Set(order);
  const blocked = tasks.filter((t) => !done.has(t)).sort(cmp);
  return { order, blocked };
}
