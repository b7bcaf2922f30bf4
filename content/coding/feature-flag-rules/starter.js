/**
 * @param {string} rule
 * @param {Record<string, string | number | boolean | null>} context
 * @returns {boolean | null}
 */
function evaluateRule(rule, context) {}
