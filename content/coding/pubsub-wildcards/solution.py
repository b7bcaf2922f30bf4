from typing import List


class TrieNode:
    __slots__ = ("children", "subscribers")

    def __init__(self):
        self.children = {}  # segment ("word", "*" or "#") -> TrieNode
        self.subscribers = set()


class EventBus:
    def __init__(self):
        self.root = TrieNode()

    def _node(self, pattern, create):
        node = self.root
        for seg in pattern.split("."):
            nxt = node.children.get(seg)
            if nxt is None:
                if not create:
                    return None
                nxt = node.children[seg] = TrieNode()
            node = nxt
        return node

    def subscribe(self, subscriberId: str, pattern: str) -> bool:
        node = self._node(pattern, True)
        if subscriberId in node.subscribers:
            return False
        node.subscribers.add(subscriberId)
        return True

    def unsubscribe(self, subscriberId: str, pattern: str) -> bool:
        node = self._node(pattern, False)
        if node is None or subscriberId not in node.subscribers:
            return False
        node.subscribers.remove(subscriberId)
        return True

    def publish(self, topic: str) -> List[str]:
        words = topic.split(".")
        n = len(words)
        result = set()
        seen = set()  # (id(node), position) pairs already explored
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            key = (id(node), i)
            if key in seen:
                continue
            seen.add(key)
            hash_child = node.children.get("#")
            if hash_child is not None:
                stack.extend((hash_child, j) for j in range(i, n + 1))  # '#' eats words i..j-1
            if i == n:
                result.update(node.subscribers)
                continue
            exact = node.children.get(words[i])
            if exact is not None:
                stack.append((exact, i + 1))
            star = node.children.get("*")
            if star is not None:
                stack.append((star, i + 1))
        return sorted(result)
