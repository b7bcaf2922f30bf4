class CircuitBreaker {
  /** @param {number} failureThreshold @param {number} openMs @param {number} halfOpenMaxCalls */
  constructor(failureThreshold, openMs, halfOpenMaxCalls) {}

  /** @param {number} now @returns {boolean} */
  allowRequest(now) {}

  /** @param {number} now */
  recordSuccess(now) {}

  /** @param {number} now */
  recordFailure(now) {}

  /** @param {number} now @returns {"CLOSED" | "OPEN" | "HALF_OPEN"} */
  state(now) {}
}
