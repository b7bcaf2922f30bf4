class TokenBucketLimiter:
    def __init__(self, capacity: int, refillAmount: int, refillIntervalMs: int):
        pass

    def allow(self, clientId: str, cost: int, now: int) -> bool:
        pass

    def tokens(self, clientId: str, now: int) -> int:
        pass
