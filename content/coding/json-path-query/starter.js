/**
 * @param {unknown} doc
 * @param {string} path
 * @returns {unknown[] | null}
 */
function queryPath(doc, path) {}
