class SlidingWindowLimiter {
  /** @param {number} limit @param {number} windowMs */
  constructor(limit, windowMs) {}

  /** @param {string} clientId @param {number} now @returns {boolean} */
  allow(clientId, now) {}

  /** @param {string} clientId @param {number} now @returns {number} */
  remaining(clientId, now) {}
}
