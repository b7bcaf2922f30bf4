/**
 * @param {number} baseMs
 * @param {number} capMs
 * @param {number} retries
 * @param {"none" | "full" | "equal" | "decorrelated"} strategy
 * @param {number[]} randoms
 * @param {number | null} budgetMs
 * @returns {number[]}
 */
function retryDelays(baseMs, capMs, retries, strategy, randoms, budgetMs) {}
