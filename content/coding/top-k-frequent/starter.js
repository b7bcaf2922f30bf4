/**
 * @param {string[]} items
 * @param {number} k
 * @returns {[string, number][]}
 */
function topKFrequent(items, k) {}
