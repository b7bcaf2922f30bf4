class SlidingWindowLimiter:
    def __init__(self, limit: int, windowMs: int):
        pass

    def allow(self, clientId: str, now: int) -> bool:
        pass

    def remaining(self, clientId: str, now: int) -> int:
        pass
