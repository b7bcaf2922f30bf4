class Heap {
  constructor(less) {
    this.less = less;
    this.items = [];
  }
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(x) {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

function assignRooms(meetings) {
  const order = meetings.map((_, i) => i).sort((a, b) => meetings[a][0] - meetings[b][0] || a - b);
  const busy = new Heap((x, y) => x[0] < y[0]); // [end, room]
  const free = new Heap((x, y) => x < y); // room numbers
  const rooms = new Array(meetings.length);
  let minRooms = 0;
  for (const i of order) {
    const [start, end] = meetings[i];
    while (busy.size > 0 && busy.peek()[0] <= start) free.push(busy.pop()[1]);
    const room = free.size > 0 ? free.pop() : minRooms++;
    rooms[i] = room;
    busy.push([end, room]);
  }
  return { minRooms, rooms };
}
