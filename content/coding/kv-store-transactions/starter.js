class KVStore {
  constructor() {}

  /** @param {string} key @param {string} value */
  set(key, value) {}

  /** @param {string} key @returns {string | null} */
  get(key) {}

  /** @param {string} key @returns {boolean} */
  delete(key) {}

  /** @param {string} value @returns {number} */
  count(value) {}

  begin() {}

  /** @returns {boolean} */
  rollback() {}

  /** @returns {boolean} */
  commit() {}
}
