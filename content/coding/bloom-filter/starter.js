class BloomFilter {
  /** @param {number} m @param {number} k */
  constructor(m, k) {}

  /** @param {string} item @returns {boolean} */
  add(item) {}

  /** @param {string} item @returns {boolean} */
  mightContain(item) {}

  /** @returns {number} */
  bitCount() {}
}
