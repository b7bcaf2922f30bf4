# Breaks count ties in traversal order instead of by query.
import heapq
from typing import List


class TrieNode:
    __slots__ = ("children", "count")

    def __init__(self):
        self.children = {}
        self.count = 0  # > 0 when a recorded query ends here


class Autocomplete:
    def __init__(self):
        self.root = TrieNode()

    def record(self, query: str) -> int:
        node = self.root
        for ch in query:
            node = node.children.setdefault(ch, TrieNode())
        node.count += 1
        return node.count

    def suggest(self, prefix: str, k: int) -> List[str]:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return []
        found = []
        stack = [(node, prefix)]
        while stack:
            n, text = stack.pop()
            if n.count > 0:
                found.append((-n.count, text))
            for ch, child in n.children.items():
                stack.append((child, text + ch))
        found.sort(key=lambda f: f[0])  # count only: ties stay in traversal order
        return [text for _, text in found[:k]]

    def remove(self, query: str) -> bool:
        path = [self.root]
        for ch in query:
            nxt = path[-1].children.get(ch)
            if nxt is None:
                return False
            path.append(nxt)
        if path[-1].count == 0:
            return False
        path[-1].count = 0
        # prune branches that no longer lead to any query
        for i in range(len(query), 0, -1):
            n = path[i]
            if n.count > 0 or n.children:
                break
            del path[i - 1].children[query[i - 1]]
        return True
