# Evicts the LRU entry even when expired entries could be dropped instead.
import heapq
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()  # key -> (value, expires_at, version); first = least recently used
        self.heap = []  # (expires_at, version, key)
        self.version = 0

    def _purge(self, now):
        """Drops every entry with expires_at <= now; returns how many live entries were removed."""
        removed = 0
        while self.heap and self.heap[0][0] <= now:
            _, version, key = heapq.heappop(self.heap)
            e = self.entries.get(key)
            if e is not None and e[2] == version:
                del self.entries[key]
                removed += 1
        return removed

    def put(self, key: str, value: int, ttlMs: int, now: int) -> None:
        if key in self.entries:
            del self.entries[key]
        elif len(self.entries) >= self.capacity:
            self.entries.popitem(last=False)
        self.version += 1
        self.entries[key] = (value, now + ttlMs, self.version)
        heapq.heappush(self.heap, (now + ttlMs, self.version, key))

    def get(self, key: str, now: int) -> int:
        e = self.entries.get(key)
        if e is None:
            return -1
        if now >= e[1]:
            del self.entries[key]
            return -1
        self.entries.move_to_end(key)
        return e[0]

    def size(self, now: int) -> int:
        self._purge(now)
        return len(self.entries)
