// Orders tasks finishing at the same time by higher index first.
/** Min-heap of slot free times. */
function heapPush(h: number[], x: number): void {
  h.push(x);
  let i = h.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p] <= h[i]) break;
    [h[p], h[i]] = [h[i], h[p]];
    i = p;
  }
}

function heapReplaceTop(h: number[], x: number): void {
  h[0] = x;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = i;
    if (l < h.length && h[l] < h[m]) m = l;
    if (r < h.length && h[r] < h[m]) m = r;
    if (m === i) break;
    [h[m], h[i]] = [h[i], h[m]];
    i = m;
  }
}

function runPool(durations: number[], limit: number): { finish: number[]; order: number[]; makespan: number } {
  const n = durations.length;
  const finish: number[] = new Array(n);
  const slots: number[] = []; // free time of each busy slot
  for (let i = 0; i < n; i++) {
    if (slots.length < limit) {
      finish[i] = durations[i];
      heapPush(slots, finish[i]);
    } else {
      // the task starts when the earliest slot frees
      finish[i] = slots[0] + durations[i];
      heapReplaceTop(slots, finish[i]);
    }
  }
  const order = [...finish.keys()].sort((a, b) => finish[a] - finish[b] || b - a);
  const makespan = slots.reduce((m, t) => Math.max(m, t), 0);
  return { finish, order, makespan };
}
