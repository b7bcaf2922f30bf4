class JobQueue {
  constructor() {}

  /** @param {string} id @param {number} priority @returns {boolean} */
  push(id, priority) {}

  /** @returns {string | null} */
  pop() {}

  /** @returns {string | null} */
  peek() {}

  /** @param {string} id @param {number} priority @returns {boolean} */
  changePriority(id, priority) {}

  /** @returns {number} */
  size() {}
}
