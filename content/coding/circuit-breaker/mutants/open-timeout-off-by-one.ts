// Leaves OPEN only when now > openedAt + openMs (off by one).
type BreakerState = "CLOSED" | "OPEN" | "HALF_OPEN";

class CircuitBreaker {
  private current: BreakerState = "CLOSED";
  private failures = 0; // consecutive failures while CLOSED
  private openedAt = 0;
  private trials = 0; // trial calls handed out while HALF_OPEN
  private successes = 0; // trial successes while HALF_OPEN

  constructor(
    private failureThreshold: number,
    private openMs: number,
    private halfOpenMaxCalls: number,
  ) {}

  private tick(now: number): void {
    if (this.current === "OPEN" && now > this.openedAt + this.openMs) {
      this.current = "HALF_OPEN";
      this.trials = 0;
      this.successes = 0;
    }
  }

  private open(now: number): void {
    this.current = "OPEN";
    this.openedAt = now;
  }

  allowRequest(now: number): boolean {
    this.tick(now);
    if (this.current === "CLOSED") return true;
    if (this.current === "OPEN") return false;
    if (this.trials >= this.halfOpenMaxCalls) return false;
    this.trials++;
    return true;
  }

  recordSuccess(now: number): void {
    this.tick(now);
    if (this.current === "CLOSED") {
      this.failures = 0;
    } else if (this.current === "HALF_OPEN") {
      this.successes++;
      if (this.successes >= this.halfOpenMaxCalls) {
        this.current = "CLOSED";
        this.failures = 0;
      }
    }
  }

  recordFailure(now: number): void {
    this.tick(now);
    if (this.current === "CLOSED") {
      this.failures++;
      if (this.failures >= this.failureThreshold) this.open(now);
    } else if (this.current === "HALF_OPEN") {
      this.open(now);
    }
  }

  state(now: number): BreakerState {
    this.tick(now);
    return this.current;
  }
}
