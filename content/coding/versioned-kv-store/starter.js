class VersionedStore {
  constructor() {}

  /** @param {string} key @param {string} value @param {number} timestamp */
  put(key, value, timestamp) {}

  /** @param {string} key @param {number} timestamp */
  remove(key, timestamp) {}

  /** @param {string} key @param {number} timestamp @returns {string | null} */
  get(key, timestamp) {}

  /** @param {string} key @param {number} from @param {number} to @returns {(string | null)[]} */
  history(key, from, to) {}
}
