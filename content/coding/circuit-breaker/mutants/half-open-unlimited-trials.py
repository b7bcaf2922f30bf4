# Lets every request through in HALF_OPEN instead of at most halfOpenMaxCalls.
CLOSED, OPEN, HALF_OPEN = "CLOSED", "OPEN", "HALF_OPEN"


class CircuitBreaker:
    def __init__(self, failureThreshold: int, openMs: int, halfOpenMaxCalls: int):
        self.failure_threshold = failureThreshold
        self.open_ms = openMs
        self.half_open_max = halfOpenMaxCalls
        self.current = CLOSED
        self.failures = 0  # consecutive failures while CLOSED
        self.opened_at = 0
        self.trials = 0  # trial calls handed out while HALF_OPEN
        self.successes = 0  # trial successes while HALF_OPEN

    def _tick(self, now):
        if self.current == OPEN and now >= self.opened_at + self.open_ms:
            self.current = HALF_OPEN
            self.trials = 0
            self.successes = 0

    def _open(self, now):
        self.current = OPEN
        self.opened_at = now

    def allowRequest(self, now: int) -> bool:
        self._tick(now)
        if self.current == CLOSED:
            return True
        if self.current == OPEN:
            return False
        self.trials += 1
        return True

    def recordSuccess(self, now: int) -> None:
        self._tick(now)
        if self.current == CLOSED:
            self.failures = 0
        elif self.current == HALF_OPEN:
            self.successes += 1
            if self.successes >= self.half_open_max:
                self.current = CLOSED
                self.failures = 0

    def recordFailure(self, now: int) -> None:
        self._tick(now)
        if self.current == CLOSED:
            self.failures += 1
            if self.failures >= self.failure_threshold:
                self._open(now)
        elif self.current == HALF_OPEN:
            self._open(now)

    def state(self, now: int) -> str:
        self._tick(now)
        return self.current
