# Accepts a request while any token is left and drains the bucket partially.
class TokenBucketLimiter:
    def __init__(self, capacity: int, refillAmount: int, refillIntervalMs: int):
        self.capacity = capacity
        self.refill_amount = refillAmount
        self.interval = refillIntervalMs
        self.buckets = {}  # client -> [tokens, mark]; mark = start of the current refill interval

    def _bucket(self, client, now):
        b = self.buckets.get(client)
        if b is None:
            b = self.buckets[client] = [self.capacity, now]
            return b
        intervals = (now - b[1]) // self.interval
        if intervals > 0:
            b[0] = min(self.capacity, b[0] + intervals * self.refill_amount)
            b[1] += intervals * self.interval  # keep the partial interval
        return b

    def allow(self, clientId: str, cost: int, now: int) -> bool:
        b = self._bucket(clientId, now)
        if b[0] <= 0:
            return False
        b[0] = max(0, b[0] - cost)
        return True

    def tokens(self, clientId: str, now: int) -> int:
        return self._bucket(clientId, now)[0]
