/**
 * @param {string} qs
 * @returns {Record<string, string[]>}
 */
function parseQuery(qs) {}
