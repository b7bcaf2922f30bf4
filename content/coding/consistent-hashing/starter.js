class HashRing {
  /** @param {number} replicas */
  constructor(replicas) {}

  /** @param {string} name */
  addNode(name) {}

  /** @param {string} name */
  removeNode(name) {}

  /** @param {string} key @returns {string | null} */
  getNode(key) {}

  /** @param {string} key @param {number} count @returns {string[]} */
  getNodes(key, count) {}
}
