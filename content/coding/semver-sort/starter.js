/**
 * @param {string[]} versions
 * @returns {{ sorted: string[], invalid: string[] }}
 */
function sortVersions(versions) {}
