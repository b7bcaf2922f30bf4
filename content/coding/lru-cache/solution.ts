// A doubly linked list with sentinels keeps recency order; the map points at list nodes.
interface LruNode {
  key: number;
  value: number;
  prev: LruNode | null;
  next: LruNode | null;
}

class LRUCache {
  private readonly nodes = new Map<number, LruNode>();
  private readonly head: LruNode = { key: -1, value: -1, prev: null, next: null }; // least recent side
  private readonly tail: LruNode = { key: -1, value: -1, prev: null, next: null }; // most recent side

  constructor(private readonly capacity: number) {
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: number): number {
    const node = this.nodes.get(key);
    if (!node) return -1;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  put(key: number, value: number): void {
    const existing = this.nodes.get(key);
    if (existing) {
      existing.value = value;
      this.unlink(existing);
      this.append(existing);
      return;
    }
    if (this.nodes.size >= this.capacity) {
      const lru = this.head.next!;
      this.unlink(lru);
      this.nodes.delete(lru.key);
    }
    const node: LruNode = { key, value, prev: null, next: null };
    this.nodes.set(key, node);
    this.append(node);
  }

  private unlink(node: LruNode): void {
    node.prev!.next = node.next;
    node.next!.prev = node.prev;
  }

  private append(node: LruNode): void {
    const last = this.tail.prev!;
    last.next = node;
    node.prev = last;
    node.next = this.tail;
    this.tail.prev = node;
  }
}
