// Does not suggest the prefix itself when it is a recorded query.
class TrieNode {
  constructor() {
    this.children = new Map();
    this.count = 0; // > 0 when a recorded query ends here
  }
}

class Autocomplete {
  constructor() {
    this.root = new TrieNode();
  }

  record(query) {
    let node = this.root;
    for (const ch of query) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = new TrieNode()));
      node = next;
    }
    return ++node.count;
  }

  suggest(prefix, k) {
    let node = this.root;
    for (const ch of prefix) {
      node = node.children.get(ch);
      if (!node) return [];
    }
    const found = []; // [query, count] for the whole subtree
    const stack = [...node.children].map(([ch, child]) => [child, prefix + ch]); // skips the prefix itself
    while (stack.length > 0) {
      const [n, text] = stack.pop();
      if (n.count > 0) found.push([text, n.count]);
      for (const [ch, child] of n.children) stack.push([child, text + ch]);
    }
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return found.slice(0, k).map((f) => f[0]);
  }

  remove(query) {
    const path = [this.root];
    for (const ch of query) {
      const next = path[path.length - 1].children.get(ch);
      if (!next) return false;
      path.push(next);
    }
    const end = path[path.length - 1];
    if (end.count === 0) return false;
    end.count = 0;
    // prune branches that no longer lead to any query
    for (let i = query.length; i > 0; i--) {
      const n = path[i];
      if (n.count > 0 || n.children.size > 0) break;
      path[i - 1].children.delete(query[i - 1]);
    }
    return true;
  }
}
