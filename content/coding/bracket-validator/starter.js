/**
 * @param {string} s
 * @returns {number}
 */
function firstBracketError(s) {}
