# commit() commits every open transaction instead of the innermost one.
from collections import defaultdict
from typing import Optional

_ABSENT = object()


class KVStore:
    def __init__(self):
        self.data = {}
        self.counts = defaultdict(int)  # value -> number of keys holding it
        self.undo = []  # per open transaction: key -> value before it was first touched (_ABSENT = absent)

    def _write(self, key, value):
        """Writes value (_ABSENT deletes) and keeps the counts right; does not log."""
        old = self.data.get(key, _ABSENT)
        if old is not _ABSENT:
            self.counts[old] -= 1
        if value is _ABSENT:
            self.data.pop(key, None)
        else:
            self.data[key] = value
            self.counts[value] += 1

    def _change(self, key, value):
        if self.undo and key not in self.undo[-1]:
            self.undo[-1][key] = self.data.get(key, _ABSENT)
        self._write(key, value)

    def set(self, key: str, value: str) -> None:
        self._change(key, value)

    def get(self, key: str) -> Optional[str]:
        return self.data.get(key)

    def delete(self, key: str) -> bool:
        if key not in self.data:
            return False
        self._change(key, _ABSENT)
        return True

    def count(self, value: str) -> int:
        return self.counts.get(value, 0)

    def begin(self) -> None:
        self.undo.append({})

    def rollback(self) -> bool:
        if not self.undo:
            return False
        for key, value in self.undo.pop().items():
            self._write(key, value)
        return True

    def commit(self) -> bool:
        if not self.undo:
            return False
        self.undo.clear()  # commits every open transaction at once
        return True
