class LogBuffer {
  /** @param {number} capacity */
  constructor(capacity) {}

  /** @param {string} line */
  append(line) {}

  /** @param {number} n @returns {string[]} */
  last(n) {}

  /** @returns {number} */
  size() {}

  /** @returns {number} */
  dropped() {}
}
