class Heap {
  private items: number[] = [];

  /** before(a, b): a belongs nearer the top than b. */
  constructor(private before: (a: number, b: number) => boolean) {}

  get length(): number {
    return this.items.length;
  }
  top(): number {
    return this.items[0]!;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

function windowMedians(latencies: number[], k: number): number[] {
  const lo = new Heap((a, b) => a > b); // max-heap: the lower half, median on top
  const hi = new Heap((a, b) => a < b); // min-heap: the upper half
  const delayed = new Map<number, number>(); // value -> pending lazy deletions
  let loSize = 0, hiSize = 0; // live elements in each half

  const prune = (heap: Heap) => {
    while (heap.length > 0 && (delayed.get(heap.top()) || 0) > 0) {
      delayed.set(heap.top(), delayed.get(heap.top())! - 1);
      heap.pop();
    }
  };
  const rebalance = () => {
    if (loSize > hiSize + 1) {
      hi.push(lo.pop());
      loSize--;
      hiSize++;
      prune(lo);
    } else if (loSize < hiSize) {
      lo.push(hi.pop());
      hiSize--;
      loSize++;
      prune(hi);
    }
  };
  const insert = (x: number) => {
    if (lo.length === 0 || x <= lo.top()) {
      lo.push(x);
      loSize++;
    } else {
      hi.push(x);
      hiSize++;
    }
    rebalance();
  };
  const remove = (x: number) => {
    delayed.set(x, (delayed.get(x) || 0) + 1);
    if (x <= lo.top()) {
      loSize--;
      if (x === lo.top()) prune(lo);
    } else {
      hiSize--;
      if (x === hi.top()) prune(hi);
    }
    rebalance();
  };

  const out: number[] = [];
  for (let i = 0; i < latencies.length; i++) {
    insert(latencies[i]!);
    if (i >= k) remove(latencies[i - k]!);
    if (i >= k - 1) out.push(lo.top());
  }
  return out;
}
