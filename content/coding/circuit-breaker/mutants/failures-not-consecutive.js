// Never resets the failure count on success: counts total failures, not consecutive ones.
class CircuitBreaker {
  constructor(failureThreshold, openMs, halfOpenMaxCalls) {
    this.failureThreshold = failureThreshold;
    this.openMs = openMs;
    this.halfOpenMaxCalls = halfOpenMaxCalls;
    this.current = "CLOSED";
    this.failures = 0; // consecutive failures while CLOSED
    this.openedAt = 0;
    this.trials = 0; // trial calls handed out while HALF_OPEN
    this.successes = 0; // trial successes while HALF_OPEN
  }

  tick(now) {
    if (this.current === "OPEN" && now >= this.openedAt + this.openMs) {
      this.current = "HALF_OPEN";
      this.trials = 0;
      this.successes = 0;
    }
  }

  open(now) {
    this.current = "OPEN";
    this.openedAt = now;
  }

  allowRequest(now) {
    this.tick(now);
    if (this.current === "CLOSED") return true;
    if (this.current === "OPEN") return false;
    if (this.trials >= this.halfOpenMaxCalls) return false;
    this.trials++;
    return true;
  }

  recordSuccess(now) {
    this.tick(now);
    if (this.current === "CLOSED") {
      // forgot to reset: counts total failures, not consecutive ones
    } else if (this.current === "HALF_OPEN") {
      this.successes++;
      if (this.successes >= this.halfOpenMaxCalls) {
        this.current = "CLOSED";
        this.failures = 0;
      }
    }
  }

  recordFailure(now) {
    this.tick(now);
    if (this.current === "CLOSED") {
      this.failures++;
      if (this.failures >= this.failureThreshold) this.open(now);
    } else if (this.current === "HALF_OPEN") {
      this.open(now);
    }
  }

  state(now) {
    this.tick(now);
    return this.current;
  }
}
