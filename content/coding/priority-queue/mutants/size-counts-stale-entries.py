# size() counts stale heap entries left by lazy deletion.
import heapq
from typing import Optional


class JobQueue:
    """Binary heap of [priority, seq, id] with lazy deletion: changePriority pushes a new entry and
    pop skips entries that are no longer current."""

    def __init__(self):
        self.heap = []
        self.current = {}  # id -> its live entry
        self.seq = 0

    def _add(self, id, priority):
        entry = [priority, self.seq, id]
        self.seq += 1
        self.current[id] = entry
        heapq.heappush(self.heap, entry)

    def _clean(self):
        while self.heap and self.current.get(self.heap[0][2]) is not self.heap[0]:
            heapq.heappop(self.heap)

    def push(self, id: str, priority: int) -> bool:
        if id in self.current:
            return False
        self._add(id, priority)
        return True

    def pop(self) -> Optional[str]:
        self._clean()
        if not self.heap:
            return None
        _, _, id = heapq.heappop(self.heap)
        del self.current[id]
        return id

    def peek(self) -> Optional[str]:
        self._clean()
        return self.heap[0][2] if self.heap else None

    def changePriority(self, id: str, priority: int) -> bool:
        if id not in self.current:
            return False
        self._add(id, priority)  # the old entry becomes stale
        return True

    def size(self) -> int:
        return len(self.heap)  # counts stale entries too
