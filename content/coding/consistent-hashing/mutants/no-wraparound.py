# Clamps to the last virtual node instead of wrapping around to the first.
from bisect import bisect_left
from typing import List, Optional


def fnv1a(s: str) -> int:
    h = 2166136261
    for b in s.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


class HashRing:
    def __init__(self, replicas: int):
        self.replicas = replicas
        self.nodes = set()
        self.ring = []  # (position, name), sorted
        self.positions = []  # positions only, parallel to ring, for bisect

    def _rebuild(self):
        self.ring.sort()
        self.positions = [p for p, _ in self.ring]

    def addNode(self, name: str) -> None:
        if name in self.nodes:
            return
        self.nodes.add(name)
        self.ring.extend((fnv1a(f"{name}#{i}"), name) for i in range(self.replicas))
        self._rebuild()

    def removeNode(self, name: str) -> None:
        if name not in self.nodes:
            return
        self.nodes.remove(name)
        self.ring = [p for p in self.ring if p[1] != name]
        self._rebuild()

    def _start(self, key):
        i = bisect_left(self.positions, fnv1a(key))
        return min(i, len(self.ring) - 1)

    def getNode(self, key: str) -> Optional[str]:
        if not self.ring:
            return None
        return self.ring[self._start(key)][1]

    def getNodes(self, key: str, count: int) -> List[str]:
        if not self.ring:
            return []
        want = min(count, len(self.nodes))
        result, seen = [], set()
        i = self._start(key)
        while len(result) < want:
            name = self.ring[i][1]
            if name not in seen:
                seen.add(name)
                result.append(name)
            i = (i + 1) % len(self.ring)
        return result
