class CircuitBreaker:
    def __init__(self, failureThreshold: int, openMs: int, halfOpenMaxCalls: int):
        pass

    def allowRequest(self, now: int) -> bool:
        pass

    def recordSuccess(self, now: int) -> None:
        pass

    def recordFailure(self, now: int) -> None:
        pass

    def state(self, now: int) -> str:
        pass
