class Autocomplete {
  constructor() {}

  /** @param {string} query @returns {number} */
  record(query) {}

  /** @param {string} prefix @param {number} k @returns {string[]} */
  suggest(prefix, k) {}

  /** @param {string} query @returns {boolean} */
  remove(query) {}
}
