// A heap keyed on the timestamp alone: ties between sources come out in heap order.
type Line = [timestamp: number, message: string];

function mergeLogs(sources: Line[][], since: number, limit: number): [number, number, string][] {
  const heap: [number, number, number][] = [];
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]![0] <= heap[i]![0]) break;
      [heap[p], heap[i]] = [heap[i]!, heap[p]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && heap[l]![0] < heap[m]![0]) m = l;
      if (r < heap.length && heap[r]![0] < heap[m]![0]) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i]!, heap[m]!];
      i = m;
    }
  };
  sources.forEach((lines, s) => {
    const p = lines.findIndex((l) => l[0] >= since);
    if (p >= 0) {
      heap.push([lines[p]![0], s, p]);
      up(heap.length - 1);
    }
  });
  const out: [number, number, string][] = [];
  while (out.length < limit && heap.length > 0) {
    const [t, s, p] = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    out.push([t, s, sources[s]![p]![1]]);
    if (p + 1 < sources[s]!.length) {
      heap.push([sources[s]![p + 1]![0], s, p + 1]);
      up(heap.length - 1);
    }
  }
  return out;
}
