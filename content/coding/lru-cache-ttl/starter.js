class TTLCache {
  /** @param {number} capacity */
  constructor(capacity) {}

  /** @param {string} key @param {number} value @param {number} ttlMs @param {number} now */
  put(key, value, ttlMs, now) {}

  /** @param {string} key @param {number} now @returns {number} */
  get(key, now) {}

  /** @param {number} now @returns {number} */
  size(now) {}
}
