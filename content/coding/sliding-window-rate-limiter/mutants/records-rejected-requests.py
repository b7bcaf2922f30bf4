# Records rejected requests in the log, so retries keep a client blocked.
from collections import deque


class SlidingWindowLimiter:
    def __init__(self, limit: int, windowMs: int):
        self.limit = limit
        self.window = windowMs
        self.logs = {}  # client -> deque of accepted timestamps still in the window

    def _log(self, client, now):
        log = self.logs.get(client)
        if log is None:
            log = self.logs[client] = deque()
        while log and log[0] <= now - self.window:
            log.popleft()
        return log

    def allow(self, clientId: str, now: int) -> bool:
        log = self._log(clientId, now)
        log.append(now)
        return len(log) <= self.limit

    def remaining(self, clientId: str, now: int) -> int:
        return self.limit - len(self._log(clientId, now))
