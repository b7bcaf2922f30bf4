from typing import List


class LogBuffer:
    def __init__(self, capacity: int):
        self.slots = [None] * capacity
        self.start = 0  # index of the oldest line
        self.count = 0
        self.overwritten = 0

    def append(self, line: str) -> None:
        cap = len(self.slots)
        if self.count < cap:
            self.slots[(self.start + self.count) % cap] = line
            self.count += 1
        else:
            self.slots[self.start] = line  # overwrite the oldest
            self.start = (self.start + 1) % cap
            self.overwritten += 1

    def last(self, n: int) -> List[str]:
        cap = len(self.slots)
        k = min(n, self.count)
        return [self.slots[(self.start + i) % cap] for i in range(self.count - k, self.count)]

    def size(self) -> int:
        return self.count

    def dropped(self) -> int:
        return self.overwritten
