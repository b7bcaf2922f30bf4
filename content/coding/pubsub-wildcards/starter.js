class EventBus {
  constructor() {}

  /** @param {string} subscriberId @param {string} pattern @returns {boolean} */
  subscribe(subscriberId, pattern) {}

  /** @param {string} subscriberId @param {string} pattern @returns {boolean} */
  unsubscribe(subscriberId, pattern) {}

  /** @param {string} topic @returns {string[]} */
  publish(topic) {}
}
