// Makes # match one or more words instead of zero or more.
class TrieNode {
  constructor(id) {
    this.id = id;
    this.children = new Map(); // segment ("word", "*" or "#") -> TrieNode
    this.subscribers = new Set();
  }
}

class EventBus {
  constructor() {
    this.nodeCount = 0;
    this.root = new TrieNode(this.nodeCount++);
  }

  node(pattern, create) {
    let node = this.root;
    for (const seg of pattern.split(".")) {
      let next = node.children.get(seg);
      if (!next) {
        if (!create) return null;
        next = new TrieNode(this.nodeCount++);
        node.children.set(seg, next);
      }
      node = next;
    }
    return node;
  }

  subscribe(subscriberId, pattern) {
    const node = this.node(pattern, true);
    if (node.subscribers.has(subscriberId)) return false;
    node.subscribers.add(subscriberId);
    return true;
  }

  unsubscribe(subscriberId, pattern) {
    const node = this.node(pattern, false);
    return node !== null && node.subscribers.delete(subscriberId);
  }

  publish(topic) {
    const words = topic.split(".");
    const result = new Set();
    const seen = new Set(); // `${node.id}:${i}` pairs already explored
    const visit = (node, i) => {
      const key = node.id * 32 + i; // i <= 20
      if (seen.has(key)) return;
      seen.add(key);
      const hash = node.children.get("#");
      if (hash) for (let j = i + 1; j <= words.length; j++) visit(hash, j); // '#' eats words i..j-1
      if (i === words.length) {
        for (const s of node.subscribers) result.add(s);
        return;
      }
      const exact = node.children.get(words[i]);
      if (exact) visit(exact, i + 1);
      const star = node.children.get("*");
      if (star) visit(star, i + 1);
    };
    visit(this.root, 0);
    return [...result].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}
