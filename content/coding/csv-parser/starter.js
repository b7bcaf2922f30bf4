/**
 * @param {string} text
 * @returns {string[][] | { error: string, index: number }}
 */
function parseCsv(text) {}
