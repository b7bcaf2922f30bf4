type BreakerState = "CLOSED" | "OPEN" | "HALF_OPEN";

class CircuitBreaker {
  constructor(failureThreshold: number, openMs: number, halfOpenMaxCalls: number) {}

  allowRequest(now: number): boolean {
    return true;
  }

  recordSuccess(now: number): void {}

  recordFailure(now: number): void {}

  state(now: number): BreakerState {
    return "CLOSED";
  }
}
