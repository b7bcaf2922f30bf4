class TokenBucketLimiter {
  /** @param {number} capacity @param {number} refillAmount @param {number} refillIntervalMs */
  constructor(capacity, refillAmount, refillIntervalMs) {}

  /** @param {string} clientId @param {number} cost @param {number} now @returns {boolean} */
  allow(clientId, cost, now) {}

  /** @param {string} clientId @param {number} now @returns {number} */
  tokens(clientId, now) {}
}
