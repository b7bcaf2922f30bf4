type Line = [timestamp: number, message: string];
type Cursor = [timestamp: number, source: number, position: number];

/** First index in a sorted source whose timestamp is >= since. */
function lowerBound(lines: Line[], since: number): number {
  let lo = 0, hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]![0] < since) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeLogs(sources: Line[][], since: number, limit: number): [number, number, string][] {
  const heap: Cursor[] = [];
  const less = (a: Cursor, b: Cursor) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (x: Cursor) => {
    heap.push(x);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Cursor => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };

  sources.forEach((lines, s) => {
    const p = lowerBound(lines, since);
    if (p < lines.length) push([lines[p]![0], s, p]);
  });
  const out: [number, number, string][] = [];
  while (out.length < limit && heap.length > 0) {
    const [t, s, p] = pop();
    const lines = sources[s]!;
    out.push([t, s, lines[p]![1]]);
    if (p + 1 < lines.length) push([lines[p + 1]![0], s, p + 1]);
  }
  return out;
}
