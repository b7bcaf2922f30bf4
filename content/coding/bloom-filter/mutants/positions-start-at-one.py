# Uses i = 1..k instead of i = 0..k-1 for the bit positions.
MASK = 0xFFFFFFFF


class BloomFilter:
    def __init__(self, m: int, k: int):
        self.m = m
        self.k = k
        self.bits = bytearray(m)  # one byte per bit: simple; pack 8 per byte to save memory
        self.ones = 0

    def _positions(self, item: str):
        h1, h2 = 2166136261, 5381
        for ch in item:
            c = ord(ch)
            h1 = ((h1 ^ c) * 16777619) & MASK
            h2 = (h2 * 33 + c) & MASK
        return [(h1 + i * h2) % self.m for i in range(1, self.k + 1)]

    def add(self, item: str) -> bool:
        changed = False
        for p in self._positions(item):
            if not self.bits[p]:
                self.bits[p] = 1
                self.ones += 1
                changed = True
        return changed

    def mightContain(self, item: str) -> bool:
        return all(self.bits[p] for p in self._positions(item))

    def bitCount(self) -> int:
        return self.ones
