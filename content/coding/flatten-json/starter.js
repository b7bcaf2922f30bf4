/**
 * @param {Record<string, unknown>} doc
 * @returns {Record<string, unknown>}
 */
function flattenJson(doc) {}
