class TTLCache:
    def __init__(self, capacity: int):
        pass

    def put(self, key: str, value: int, ttlMs: int, now: int) -> None:
        pass

    def get(self, key: str, now: int) -> int:
        pass

    def size(self, now: int) -> int:
        pass
