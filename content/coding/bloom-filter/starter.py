class BloomFilter:
    def __init__(self, m: int, k: int):
        pass

    def add(self, item: str) -> bool:
        pass

    def mightContain(self, item: str) -> bool:
        pass

    def bitCount(self) -> int:
        pass
