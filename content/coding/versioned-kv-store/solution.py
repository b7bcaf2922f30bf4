from bisect import bisect_left, bisect_right
from typing import List, Optional


class VersionedStore:
    def __init__(self):
        self.times = {}  # key -> sorted version timestamps
        self.values = {}  # key -> values parallel to times; None = tombstone

    def _add(self, key, value, timestamp):
        # timestamps per key are increasing, so appending keeps the list sorted
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def put(self, key: str, value: str, timestamp: int) -> None:
        self._add(key, value, timestamp)

    def remove(self, key: str, timestamp: int) -> None:
        self._add(key, None, timestamp)

    def get(self, key: str, timestamp: int) -> Optional[str]:
        times = self.times.get(key)
        if not times:
            return None
        i = bisect_right(times, timestamp) - 1
        return self.values[key][i] if i >= 0 else None

    def history(self, key: str, frm: int, to: int) -> List[Optional[str]]:
        times = self.times.get(key)
        if not times or frm > to:
            return []
        return self.values[key][bisect_left(times, frm):bisect_right(times, to)]
