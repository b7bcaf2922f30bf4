/**
 * @param {number[]} durations
 * @param {number} limit
 * @returns {{ finish: number[], order: number[], makespan: number }}
 */
function runPool(durations, limit) {}
