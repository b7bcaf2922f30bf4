/**
 * @param {[number, string][][]} sources
 * @param {number} since
 * @param {number} limit
 * @returns {[number, number, string][]}
 */
function mergeLogs(sources, since, limit) {}
