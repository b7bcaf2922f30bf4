// remove() deletes the whole branch under the first character.
class TrieNode {
  children = new Map<string, TrieNode>();
  count = 0; // > 0 when a recorded query ends here
}

class Autocomplete {
  private root = new TrieNode();

  record(query: string): number {
    let node = this.root;
    for (const ch of query) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = new TrieNode()));
      node = next;
    }
    return ++node.count;
  }

  suggest(prefix: string, k: number): string[] {
    let node: TrieNode | undefined = this.root;
    for (const ch of prefix) {
      node = node.children.get(ch);
      if (!node) return [];
    }
    const found: [string, number][] = []; // the whole subtree
    const stack: [TrieNode, string][] = [[node, prefix]];
    while (stack.length > 0) {
      const [n, text] = stack.pop()!;
      if (n.count > 0) found.push([text, n.count]);
      for (const [ch, child] of n.children) stack.push([child, text + ch]);
    }
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return found.slice(0, k).map((f) => f[0]);
  }

  remove(query: string): boolean {
    const path: TrieNode[] = [this.root];
    for (const ch of query) {
      const next = path[path.length - 1]!.children.get(ch);
      if (!next) return false;
      path.push(next);
    }
    const end = path[path.length - 1]!;
    if (end.count === 0) return false;
    end.count = 0;
    // removes the whole branch below the first character
    path[0]!.children.delete(query[0]!);
    return true;
  }
}
